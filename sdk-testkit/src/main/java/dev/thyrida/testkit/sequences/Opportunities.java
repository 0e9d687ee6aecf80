package dev.thyrida.testkit.sequences;

import dev.thyrida.core.kep.Mailbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The steps of multi-step paths an active KEP mailbox offers now: a handover to designate, an
 * outgoing administrator to deactivate (C7), a designation to approve (C8, X3), an orphaned mailbox
 * to recover (D7); for {@link CommandMix#diligent(int)}.
 */
final class Opportunities {

  private Opportunities() {}

  static List<CommandKind> offered(Drawing d, Set<CommandKind> kinds) {
    List<CommandKind> open = new ArrayList<>();
    offer(open, d, kinds, CommandKind.DESIGNATE_ADMINISTRATOR, MailboxDraws::handoverDue);
    offer(open, d, kinds, CommandKind.DEACTIVATE_ADMINISTRATOR, MailboxDraws::outgoingDue);
    offer(open, d, kinds, CommandKind.APPROVE_DESIGNATION, (x, m) -> m.pendingDesignation().isPresent());
    offer(open, d, kinds, CommandKind.RECOVER_ADMINISTRATOR, MailboxDraws::recoveryDue);
    return open;
  }

  private static void offer(List<CommandKind> open, Drawing d, Set<CommandKind> kinds, CommandKind kind,
      BiPredicate<Drawing, Mailbox> offers) {
    if (kinds.contains(kind)
        && d.directory().mailboxes().stream().anyMatch(m -> MailboxDraws.activeKep(m) && offers.test(d, m))) {
      open.add(kind);
    }
  }
}
