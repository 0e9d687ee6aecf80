package dev.thyrida.core.directory;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * The KEP part of a directory: KEPs and mailboxes, with mailboxes indexed by KEP, by handler and by
 * administrator, so that D6 finds a person's every role without a scan.
 */
record KepRegister(
    PMap<KepCode, Kep> keps,
    PMap<MailboxId, Mailbox> mailboxes,
    PMap<KepCode, PSet<MailboxId>> mailboxesByKep,
    PMap<TaxId, PSet<MailboxId>> handledBy,
    PMap<TaxId, PSet<MailboxId>> administeredBy) {

  static final KepRegister EMPTY = new KepRegister(
      HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  KepRegister withKep(Kep kep) {
    return new KepRegister(keps.plus(kep.code(), kep), mailboxes, mailboxesByKep, handledBy, administeredBy);
  }

  KepRegister withNewMailbox(Mailbox mailbox) {
    PMap<KepCode, PSet<MailboxId>> byKep = mailbox.kep()
        .map(kep -> Index.add(mailboxesByKep, kep, mailbox.id()))
        .orElse(mailboxesByKep);
    return new KepRegister(keps, mailboxes.plus(mailbox.id(), mailbox), byKep, handledBy, administeredBy);
  }

  /** Replaces a mailbox and keeps the handler and administrator indexes in step with it. */
  KepRegister withChangedMailbox(Mailbox before, Mailbox after) {
    return new KepRegister(
        keps,
        mailboxes.plus(after.id(), after),
        mailboxesByKep,
        reindex(handledBy, before.id(), before.handlers(), after.handlers()),
        reindex(administeredBy, before.id(), before.administrators(), after.administrators()));
  }

  private static PMap<TaxId, PSet<MailboxId>> reindex(
      PMap<TaxId, PSet<MailboxId>> index, MailboxId mailbox, Set<TaxId> before, Set<TaxId> after) {
    PMap<TaxId, PSet<MailboxId>> result = index;
    for (TaxId gone : before) {
      if (!after.contains(gone)) {
        result = Index.remove(result, gone, mailbox);
      }
    }
    for (TaxId added : after) {
      if (!before.contains(added)) {
        result = Index.add(result, added, mailbox);
      }
    }
    return result;
  }
}
