package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.request.CitizenRequest;
import java.util.List;
import java.util.Optional;

/**
 * A target resolved against the directory: the mailbox it stands for, if any, and the person whose
 * own mailbox it is, if any (L26-1). A document stands for its holder's mailbox.
 *
 * @param label the target as a violation names it, e.g. {@code mailbox kep-1}
 * @param mailbox the mailbox, absent for a document
 * @param personalHolder the person whose own mailbox or document this is
 */
record Place(String label, Optional<Mailbox> mailbox, Optional<TaxId> personalHolder) {

  /**
   * Resolves a target, or adds the violation that it is unknown.
   *
   * @param target the target
   * @param directory the directory
   * @param violations where an unknown target is reported
   * @return the place, or empty when the target is unknown
   */
  static Optional<Place> resolve(Target target, Directory directory, List<Violation> violations) {
    if (target instanceof Target.OfMailbox) {
      return ofMailbox(((Target.OfMailbox) target).mailbox().value(), directory, violations,
          directory.mailbox(((Target.OfMailbox) target).mailbox()));
    }
    if (target instanceof Target.OfRequest) {
      Target.OfRequest request = (Target.OfRequest) target;
      Optional<CitizenRequest> found = directory.request(request.request());
      if (found.isEmpty()) {
        violations.add(Violation.of(AccessCode.REQUEST_NOT_FOUND, "request", request.request().value()));
        return Optional.empty();
      }
      return ofMailbox(found.get().mailbox().value(), directory, violations, directory.mailbox(found.get().mailbox()));
    }
    Target.OfDocument document = (Target.OfDocument) target;
    return directory.document(document.document())
        .map(found -> new Place("document " + found.id().value(), Optional.empty(), Optional.of(found.holder())))
        .or(() -> {
          violations.add(Violation.of(AccessCode.DOCUMENT_NOT_FOUND, "document", document.document().value()));
          return Optional.empty();
        });
  }

  private static Optional<Place> ofMailbox(
      String id, Directory directory, List<Violation> violations, Optional<Mailbox> mailbox) {
    if (mailbox.isEmpty()) {
      violations.add(Violation.of(AccessCode.MAILBOX_NOT_FOUND, "mailbox", id));
      return Optional.empty();
    }
    MailboxOwner owner = mailbox.get().owner();
    Optional<TaxId> holder = owner instanceof MailboxOwner.OfCitizen
        ? Optional.of(((MailboxOwner.OfCitizen) owner).citizen())
        : Optional.empty();
    return Optional.of(new Place("mailbox " + id, mailbox, holder));
  }

  /**
   * The KEP request mailbox this place stands for.
   *
   * @return the mailbox, or empty when the place is another kind
   */
  Optional<Mailbox> kepMailbox() {
    return mailbox.filter(found -> found.kind() == MailboxKind.KEP_REQUESTS);
  }
}
