package dev.thyrida.policy.explain;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Explains any decision to a person, in Greek or English (επεξηγήσεις): what was asked, by whom and
 * when; then either what changed, each event in a sentence, or each rule that refused it, with its
 * code and clause. Sentences come from the bundle {@code dev.thyrida.policy.explain.ExplanationsMessages}
 * (commands keyed {@code command.<Kind>}, events {@code event.<type>}, principals {@code actor.<KIND>})
 * and from each code's own bundle ({@link Messages}). Passwords are never read (D5).
 *
 * <p>Every sentence starts with a capital letter; instants read in Athens time ({@code 30 September
 * 2026, 00:00}, {@code 30 Σεπτεμβρίου 2026, 00:00}); given the directory, people read by name with
 * their tax id in brackets ({@code Μαρία Παπαδοπούλου (100000027)}), also in the refusals' messages.
 */
public final class Explanations {

  private Explanations() {}

  /**
   * Explains a decision, naming people by tax id only.
   *
   * @param decision the decision
   * @param locale the reader's locale: Greek for {@code el}, else English
   * @return the explanation
   * @throws java.util.MissingResourceException when a sentence is missing from a bundle
   */
  public static Explanation explain(Decision decision, Locale locale) {
    return explain(decision, Optional.empty(), locale);
  }

  /**
   * Explains a decision, naming the people the directory knows.
   *
   * @param decision the decision
   * @param directory the directory the decision was taken on (or a later one)
   * @param locale the reader's locale: Greek for {@code el}, else English
   * @return the explanation
   * @throws java.util.MissingResourceException when a sentence is missing from a bundle
   */
  public static Explanation explain(Decision decision, Directory directory, Locale locale) {
    return explain(decision, Optional.of(Objects.requireNonNull(directory, "Explanations: directory is required")), locale);
  }

  private static Explanation explain(Decision decision, Optional<Directory> directory, Locale locale) {
    Objects.requireNonNull(decision, "Explanations: decision is required");
    ResourceBundle bundle = Messages.bundle(Explanations.class, locale);
    Wording wording = new Wording(bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale(), directory);
    String request = request(decision.command(), bundle, wording);
    if (!decision.isAccepted()) {
      return new Explanation(request, false, bundle.getString("rejected"),
          refusals(decision.violations(), bundle, locale, wording));
    }
    List<String> changes = decision.events().stream().map(event -> event(event, bundle, wording)).collect(Collectors.toList());
    return new Explanation(request, true, bundle.getString(changes.isEmpty() ? "accepted.nothing" : "accepted"), changes);
  }

  /**
   * One event in a sentence, e.g. for a log of what happened, naming people by tax id only.
   *
   * @param event the event
   * @param locale the reader's locale
   * @return the sentence
   */
  public static String describe(Event event, Locale locale) {
    return describe(event, Optional.empty(), locale);
  }

  /**
   * One event in a sentence, naming the people the directory knows.
   *
   * @param event the event
   * @param directory a directory that knows the people (e.g. the one after the event)
   * @param locale the reader's locale
   * @return the sentence
   */
  public static String describe(Event event, Directory directory, Locale locale) {
    return describe(event, Optional.of(Objects.requireNonNull(directory, "Explanations: directory is required")), locale);
  }

  private static String describe(Event event, Optional<Directory> directory, Locale locale) {
    ResourceBundle bundle = Messages.bundle(Explanations.class, locale);
    return event(event, bundle, new Wording(bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale(), directory));
  }

  private static String request(Command command, ResourceBundle bundle, Wording wording) {
    Actor actor = Actor.of(command.actor());
    String who = Messages.substitute(bundle.getString("actor." + actor.kind().name()), Map.of("id", actorId(command.actor(), actor, wording)));
    String what = Messages.substitute(bundle.getString("command." + command.getClass().getSimpleName()),
        Components.of((Record) command, wording));
    return Wording.sentence(Messages.substitute(bundle.getString("request"),
        Map.of("actor", who, "command", what, "at", wording.instant(command.issuedAt()))));
  }

  /** A person acting: by the directory's name, else by the name of their verified identity, with the tax id. */
  private static String actorId(Principal principal, Actor actor, Wording wording) {
    Optional<TaxId> taxId = principal.taxId();
    if (taxId.isEmpty()) {
      return actor.id();
    }
    String known = wording.person(taxId.get());
    if (!known.equals(taxId.get().value())) {
      return known;
    }
    return identity(principal).map(verified -> Wording.named(verified.name(), taxId.get())).orElse(known);
  }

  private static Optional<AuthenticatedIdentity> identity(Principal principal) {
    if (principal instanceof Principal.Employee employee) {
      return Optional.of(employee.identity());
    }
    if (principal instanceof Principal.Citizen citizen) {
      return Optional.of(citizen.identity());
    }
    if (principal instanceof Principal.MinistryOfficial official) {
      return Optional.of(official.identity());
    }
    return Optional.empty();
  }

  private static String event(Event event, ResourceBundle bundle, Wording wording) {
    return Wording.sentence(Messages.substitute(bundle.getString("event." + event.type()), Components.of((Record) event, wording)));
  }

  private static List<String> refusals(List<Violation> violations, ResourceBundle bundle, Locale locale, Wording wording) {
    return violations.stream()
        .map(violation -> Messages.substitute(bundle.getString("refusal"), Map.of(
            "message", Wording.sentence(Messages.substitute(Messages.template(violation, locale),
                wording.parameters(violation.parameters()))),
            "code", violation.code().name(),
            "clause", violation.clause().id())))
        .collect(Collectors.toList());
  }
}
