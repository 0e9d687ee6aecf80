package dev.thyrida.testkit.dsl;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Rule;
import dev.thyrida.policy.explain.Explanations;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

/** Writes a failed expectation as the circular would read it: what was expected, what was decided and why. */
final class Report {

  private Report() {}

  static AssertionError failure(Trial trial, String expected) {
    Decision decision = trial.decision();
    StringBuilder text = new StringBuilder(expected).append('\n');
    if (decision.isAccepted()) {
      text.append("But the command was accepted with ").append(decision.events().size()).append(" event(s):\n")
          .append(events(decision.events()));
    } else {
      text.append("But the command was rejected with ").append(codes(decision.codes())).append(", by:\n");
      brokenRules(trial).forEach(line -> text.append("  ").append(line).append('\n'));
    }
    text.append("The decision, explained:\n").append(indent(explained(decision, trial.directory())));
    text.append("\nGiven ").append(trial.history().isEmpty() ? "a directory" : trial.history().size() + " event(s)")
        .append(", ").append(trial.rules());
    return new AssertionError(text.toString());
  }

  static String events(List<Event> events) {
    return events.stream().map(event -> "  " + event + "\n    (" + described(event) + ")").collect(Collectors.joining("\n"))
        + "\n";
  }

  static String codes(Collection<? extends ViolationCode> codes) {
    return codes.stream().map(ViolationCode::name).distinct().collect(Collectors.joining(", ", "[", "]"));
  }

  /** Each violation with the rule that reported it, its code and its clause. */
  static List<String> brokenRules(Trial trial) {
    Command command = trial.decision().command();
    return trial.decision().violations().stream()
        .map(violation -> "rule " + trial.decider().handling(command.getClass())
            .map(handling -> ruleOf(handling, violation, trial)).orElse("(none: no family handles " 
                + command.getClass().getSimpleName() + ")")
            + ": " + violation.code().name() + ", clause " + violation.clause().id() + " " + violation.parameters())
        .toList();
  }

  private static <C extends Command> String ruleOf(Handling<C> handling, Violation violation, Trial trial) {
    C command = handling.kind().cast(trial.decision().command());
    for (Rule<? super C> rule : handling.rules()) {
      if (rule.check(command, trial.directory(), trial.rules()).contains(violation)) {
        return rule.name();
      }
    }
    return "(unnamed)";
  }

  /**
   * The decision explained in English, people named as the directory it was decided against knows
   * them; a code without a message bundle is shown by its code and clause.
   */
  private static String explained(Decision decision, Directory directory) {
    try {
      return Explanations.explain(decision, directory, Locale.ENGLISH).text();
    } catch (MissingResourceException missing) {
      return decision.isAccepted() ? "Accepted: " + decision.events()
          : "Refused: " + decision.violations() + " (no message bundle: " + missing.getKey() + ")";
    }
  }

  private static String described(Event event) {
    try {
      return Explanations.describe(event, Locale.ENGLISH);
    } catch (MissingResourceException missing) {
      return event.type();
    }
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
  }
}
