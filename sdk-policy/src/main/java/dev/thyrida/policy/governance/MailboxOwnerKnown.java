package dev.thyrida.policy.governance;

import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C1, X1: a KEP's or an agency's mailbox is created for a registered KEP or agency. */
final class MailboxOwnerKnown implements Rule<CreateMailbox> {

  @Override
  public List<Violation> check(CreateMailbox command, Directory directory, GovernanceRules rules) {
    MailboxOwner owner = command.owner();
    if (owner instanceof MailboxOwner.OfKep) {
      return KepKnown.<CreateMailbox>registered(c -> ((MailboxOwner.OfKep) c.owner()).kep()).check(command, directory, rules);
    }
    if (owner instanceof MailboxOwner.OfAgency) {
      return AgencyKnown.<CreateMailbox>registered(c -> ((MailboxOwner.OfAgency) c.owner()).agency())
          .check(command, directory, rules);
    }
    return List.of();
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.KEP_NOT_FOUND, GovernanceCode.AGENCY_NOT_FOUND);
  }
}
