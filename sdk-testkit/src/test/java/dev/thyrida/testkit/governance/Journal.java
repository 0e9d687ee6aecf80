package dev.thyrida.testkit.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AdministratorDeactivated;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AdministratorRecovered;
import dev.thyrida.core.event.AdministratorRemoved;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.Transition;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * The state of the governance properties: the rules, the directory, the event log, the current
 * instant, a serial for fresh ids, the last step (for the invariants about a step) and, per mailbox,
 * what last changed its administrators ({@code D6}, {@code C7} or {@code added}).
 *
 * @param rules the rules every command is decided under
 * @param directory the directory after every accepted event so far
 * @param log every event so far, setup included
 * @param now the current instant; each step issues its command at it, then it moves on a minute
 * @param serial a counter for fresh ids
 * @param last the last decided step, if any
 * @param lastAdminChange what last changed each mailbox's administrators
 */
record Journal(GovernanceRules rules, Directory directory, PVector<Event> log, Instant now, int serial,
    Optional<Step> last, PMap<MailboxId, String> lastAdminChange) {

  /**
   * One decided command.
   *
   * @param before the directory it was decided against
   * @param command the command
   * @param decision the decision, or empty when decide threw
   * @param deterministic whether deciding it again gave the same decision
   * @param thrown what decide threw, if it did
   */
  record Step(Directory before, Command command, Optional<Decision> decision, boolean deterministic,
      Optional<RuntimeException> thrown) {}

  static Journal start(GovernanceRules rules, List<Event> setup, Instant now) {
    return new Journal(rules, Directory.replay(setup), TreePVector.from(setup), now, 1000, Optional.empty(),
        HashTreePMap.empty());
  }

  /** Decides a command (twice, for determinism), applies an accepted decision's events, moves time on a minute. */
  Journal decide(Command command) {
    return decide(command, Rulebook.standard());
  }

  /** The same with another decider, e.g. one with a rule left out, to show a check catches the defect. */
  Journal decide(Command command, Decider decider) {
    Decision decision;
    try {
      decision = decider.apply(command, directory, rules);
    } catch (RuntimeException thrown) {
      Step failed = new Step(directory, command, Optional.empty(), false, Optional.of(thrown));
      return new Journal(rules, directory, log, now.plus(Duration.ofMinutes(1)), serial + 1, Optional.of(failed),
          lastAdminChange);
    }
    boolean deterministic = decision.equals(decider.apply(command, directory, rules));
    Step step = new Step(directory, command, Optional.of(decision), deterministic, Optional.empty());
    return new Journal(rules, directory.evolveAll(decision.events()), log.plusAll(decision.events()),
        now.plus(Duration.ofMinutes(1)), serial + 1, Optional.of(step), adminChanges(decision.events()));
  }

  /** The directory and instant the next command is drawn from. */
  Scene scene() {
    return new Scene(directory, now);
  }

  /** The action of deciding one drawn command, labelled as {@link DecidedCommands#labels} says. */
  static Action<Journal> step(Command command) {
    return Action.of(DecidedCommands.describe(command), state -> {
      Journal next = state.decide(command);
      List<String> labels = next.last().flatMap(Step::decision)
          .map(decision -> DecidedCommands.labels(command, decision)).orElse(List.of());
      return new Transition<>(next, labels);
    });
  }

  /** The action of letting up to ten days pass with no command, labelled {@code "time passed"}. */
  static Action<Journal> timePasses(java.util.SplittableRandom random) {
    Duration duration = Duration.ofHours(1 + random.nextInt(24 * 10));
    return Action.of("time passes " + duration, state -> Transition.to(state.after(duration), "time passed"));
  }

  /** Time passes with no command. */
  Journal after(Duration duration) {
    return new Journal(rules, directory, log, now.plus(duration), serial, Optional.empty(), lastAdminChange);
  }

  private PMap<MailboxId, String> adminChanges(List<Event> events) {
    PMap<MailboxId, String> changes = lastAdminChange;
    for (Event event : events) {
      if (event instanceof AdministratorRemoved) {
        changes = changes.plus(((AdministratorRemoved) event).mailbox(), "D6");
      } else if (event instanceof AdministratorDeactivated) {
        changes = changes.plus(((AdministratorDeactivated) event).mailbox(), "C7");
      } else if (event instanceof AdministratorDesignated) {
        changes = changes.plus(((AdministratorDesignated) event).mailbox(), "added");
      } else if (event instanceof AdministratorRecovered) {
        changes = changes.plus(((AdministratorRecovered) event).mailbox(), "added");
      }
    }
    return changes;
  }

  @Override
  public String toString() {
    return "Journal[" + log.size() + " events, now " + now + "]";
  }
}
