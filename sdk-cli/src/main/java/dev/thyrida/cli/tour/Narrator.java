package dev.thyrida.cli.tour;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.policy.credential.suggest.Elot743;
import dev.thyrida.policy.explain.Explanation;
import dev.thyrida.policy.explain.Explanations;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Tells the tour: chapter titles and introductions, each step and its decision, the mailbox after it. */
final class Narrator {

  private final Language language;
  private final PrintWriter out;
  private final List<Event> facts = new ArrayList<>();

  Narrator(Language language, PrintWriter out) {
    this.language = language;
    this.out = out;
  }

  void opening() {
    out.println(language.text("tour.opening"));
  }

  void chapter(int number, Chapter chapter) {
    out.println();
    out.println(number + ". " + language.text("tour." + chapter.key() + ".title"));
    out.println(language.text("tour." + chapter.key() + ".intro", names()));
    if (number == 0) {
      out.println(language.text("tour.cast", "cast", Stream.of(Cast.MARIA, Cast.ELENI, Cast.DIMITRIS, Cast.SOFIA,
          Cast.GIORGOS).map(person -> name(person.name()) + " " + person.taxId()).collect(Collectors.joining(", "))));
    }
  }

  /** A step's narration and its decision; says so when the decision is not what the circular expects. */
  void step(Step step, Decision decision, Directory decidedAgainst) {
    boolean fact = "fact".equals(step.key());
    if (fact && decision.isAccepted() && step.accepted()) {
      facts.addAll(decision.events());
      return;
    }
    if (!fact) {
      out.println();
      out.println("  " + language.text("tour." + step.key(), names()));
    }
    String command = step.command().getClass().getSimpleName();
    String codes = decision.isAccepted() ? events(decision.events())
        : decision.violations().stream().map(each -> each.code().name()).collect(Collectors.joining(", "));
    Explanation explanation = explain(decision, decidedAgainst);
    out.println("  " + (decision.isAccepted() ? "\u2713 " : "\u2717 ") + explanation.outcome()
        + " (" + command + ": " + codes + ")");
    explanation.details().forEach(line -> out.println("      - " + line));
    if (decision.isAccepted() != step.accepted()) {
      out.println("  ! " + language.text(step.accepted() ? "tour.expected-accepted" : "tour.expected-refused"));
    }
  }

  /** The host's accepted facts of a chapter, on one line, counted by kind of event. */
  void facts() {
    if (facts.isEmpty()) {
      return;
    }
    Map<String, Long> counts = facts.stream().collect(Collectors.groupingBy(Event::type, LinkedHashMap::new,
        Collectors.counting()));
    out.println("  \u2713 " + language.text("tour.facts", "count", facts.size(), "events", counts.entrySet().stream()
        .map(each -> each.getValue() == 1 ? each.getKey() : each.getKey() + " \u00d7" + each.getValue())
        .collect(Collectors.joining(", "))));
    facts.clear();
  }

  /**
   * The SDK's own explanation of a decision, people named as the directory it was decided against
   * knows them; when a code or command has no sentence in the SDK's
   * bundles yet, the codes and clauses with their named parameters instead.
   */
  private Explanation explain(Decision decision, Directory decidedAgainst) {
    try {
      return Explanations.explain(decision, decidedAgainst, language.locale());
    } catch (MissingResourceException e) {
      List<String> details = decision.isAccepted()
          ? decision.events().stream().map(Event::type).toList()
          : decision.violations().stream().map(Narrator::plain).toList();
      return new Explanation("", decision.isAccepted(),
          language.text(decision.isAccepted() ? "tour.accepted" : "tour.refused"), details);
    }
  }

  private static String plain(Violation violation) {
    return violation.code().name() + " [" + violation.clause().id() + "] " + violation.parameters();
  }

  /** The mailbox's state after a step: its administrators and handlers by name. */
  void mailbox(Directory directory) {
    directory.mailbox(Cast.MAILBOX).ifPresent(box -> out.println("    " + language.text("tour.mailbox",
        "mailbox", box.id(), "state", language.text("tour.state." + box.state().name()),
        "administrators", people(box.administrators(), directory),
        "handlers", people(handlers(box), directory))));
  }

  void closing(int surprises) {
    out.println();
    out.println(surprises == 0 ? language.text("tour.closing") : language.text("tour.surprises", "count", surprises));
  }

  private static Collection<TaxId> handlers(Mailbox box) {
    return box.handlers().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
  }

  private String people(Collection<TaxId> people, Directory directory) {
    if (people.isEmpty()) {
      return language.text("tour.nobody");
    }
    return people.stream().map(person -> directory.employee(person).map(employee -> name(employee.name()))
        .orElse(person.value())).collect(Collectors.joining(", "));
  }

  /** A name as the reader's language writes it: Greek as is, English by ELOT 743 (X8). */
  private String name(PersonName name) {
    return language == Language.EL ? name.toString() : Elot743.transliterate(name.toString());
  }

  private static String events(List<Event> events) {
    return events.stream().map(Event::type).collect(Collectors.joining(", "));
  }

  private Object[] names() {
    return new Object[] {"maria", name(Cast.MARIA.name()), "eleni", name(Cast.ELENI.name()),
        "dimitris", name(Cast.DIMITRIS.name()), "sofia", name(Cast.SOFIA.name()),
        "giorgos", name(Cast.GIORGOS.name()), "mailbox", Cast.MAILBOX};
  }
}
