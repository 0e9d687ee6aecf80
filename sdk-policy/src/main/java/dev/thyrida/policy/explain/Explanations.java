package dev.thyrida.policy.explain;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.principal.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Explains any decision to a person, in Greek or English (επεξηγήσεις): what was asked, by whom and
 * when; then either what changed, each event in a sentence, or each rule that refused it, with its
 * code and clause. Sentences come from the bundle {@code dev.thyrida.policy.explain.ExplanationsMessages}
 * (commands keyed {@code command.<Kind>}, events {@code event.<type>}, principals {@code actor.<KIND>})
 * and from each code's own bundle ({@link Messages}). Passwords are never read (D5).
 */
public final class Explanations {

  private Explanations() {}

  /**
   * Explains a decision.
   *
   * @param decision the decision
   * @param locale the reader's locale: Greek for {@code el}, else English
   * @return the explanation
   * @throws java.util.MissingResourceException when a sentence is missing from a bundle
   */
  public static Explanation explain(Decision decision, Locale locale) {
    Objects.requireNonNull(decision, "Explanations: decision is required");
    ResourceBundle bundle = Messages.bundle(Explanations.class, locale);
    String request = request(decision.command(), bundle);
    if (!decision.isAccepted()) {
      return new Explanation(request, false, bundle.getString("rejected"), refusals(decision.violations(), bundle, locale));
    }
    List<String> changes = decision.events().stream().map(event -> event(event, bundle)).collect(Collectors.toList());
    return new Explanation(request, true, bundle.getString(changes.isEmpty() ? "accepted.nothing" : "accepted"), changes);
  }

  /**
   * One event in a sentence, e.g. for a log of what happened.
   *
   * @param event the event
   * @param locale the reader's locale
   * @return the sentence
   */
  public static String describe(Event event, Locale locale) {
    return event(event, Messages.bundle(Explanations.class, locale));
  }

  private static String request(Command command, ResourceBundle bundle) {
    Actor actor = Actor.of(command.actor());
    String who = Messages.substitute(bundle.getString("actor." + actor.kind().name()), Map.of("id", actor.id()));
    String what = Messages.substitute(bundle.getString("command." + command.getClass().getSimpleName()),
        Components.of((Record) command));
    return Messages.substitute(bundle.getString("request"),
        Map.of("actor", who, "command", what, "at", command.issuedAt().toString()));
  }

  private static String event(Event event, ResourceBundle bundle) {
    return Messages.substitute(bundle.getString("event." + event.type()), Components.of((Record) event));
  }

  private static List<String> refusals(List<Violation> violations, ResourceBundle bundle, Locale locale) {
    return violations.stream()
        .map(violation -> Messages.substitute(bundle.getString("refusal"), Map.of(
            "message", Messages.render(violation, locale),
            "code", violation.code().name(),
            "clause", violation.clause().id())))
        .collect(Collectors.toList());
  }
}
