package dev.thyrida.testkit.governance;

import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.testkit.property.ActionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The diligent actors: when the state offers a step of a multi-step path (a handover to designate, an
 * outgoing administrator to deactivate, a designation to approve, an orphaned mailbox to recover), a
 * share of the draws takes it, so that long paths are reached in short runs. The draw itself stays
 * the ordinary one, with its wrong actors and arguments now and then.
 */
final class Opportunities {

  private Opportunities() {}

  static ActionSource<Journal> or(ActionSource<Journal> otherwise, int percent) {
    return (state, random) -> {
      List<ActionSource<Journal>> open = open(state);
      return !open.isEmpty() && Draws.chance(random, percent)
          ? Draws.pick(open, random).draw(state, random)
          : otherwise.draw(state, random);
    };
  }

  private static List<ActionSource<Journal>> open(Journal s) {
    List<ActionSource<Journal>> open = new ArrayList<>();
    add(open, s, m -> !m.administrators().isEmpty()
        && Draws.supervisorOf(s, m.id()).filter(sup -> !m.administrators().contains(sup)).isPresent(),
        MailboxDraws::designate);
    add(open, s, m -> m.administrators().size() > 1
        && Draws.supervisorOf(s, m.id()).filter(m.administrators()::contains).isPresent(), MailboxDraws::deactivate);
    add(open, s, m -> m.pendingDesignation().isPresent(), MailboxDraws::approve);
    add(open, s, m -> m.administrators().isEmpty() && Draws.supervisorOf(s, m.id())
        .flatMap(s.directory()::employee).map(e -> e.isActive()).orElse(false), MailboxDraws::recover);
    return open;
  }

  private static void add(List<ActionSource<Journal>> open, Journal s, Predicate<Mailbox> offers,
      ActionSource<Journal> draw) {
    boolean any = s.directory().mailboxes().stream()
        .anyMatch(m -> m.kind() == MailboxKind.KEP_REQUESTS && m.isActive() && offers.test(m));
    if (any) {
      open.add(draw);
    }
  }
}
