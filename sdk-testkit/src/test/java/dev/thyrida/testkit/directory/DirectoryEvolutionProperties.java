package dev.thyrida.testkit.directory;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.ActionSource;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.property.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stateful runner on sdk-core's real directory: events drawn from the current directory, a
 * model of mailbox handlers kept beside it, and labelled invariants after every step.
 */
class DirectoryEvolutionProperties {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  static final Actor SUPERVISOR = new Actor(ActorKind.EMPLOYEE, "010509832");

  /** The directory, the events so far, and the handlers the model expects in each mailbox. */
  record Journal(Directory directory, List<Event> events, Map<MailboxId, Set<TaxId>> handlers) {

    static Journal start() {
      DirectoryFixture fixture = NationalDirectory.seeded(11L, 4, 24, MONDAY);
      Map<MailboxId, Set<TaxId>> model = new HashMap<>();
      fixture.directory().mailboxes().forEach(mailbox -> model.put(mailbox.id(), mailbox.handlers()));
      return new Journal(fixture.directory(), fixture.events(), model);
    }

    Journal record(Event event, MailboxId changed, Set<TaxId> handlersAfter) {
      List<Event> log = new ArrayList<>(events);
      log.add(event);
      Map<MailboxId, Set<TaxId>> model = new HashMap<>(handlers);
      if (changed != null) {
        model.put(changed, Set.copyOf(handlersAfter));
      }
      return new Journal(directory.evolve(event), log, model);
    }

    Set<TaxId> expected(MailboxId mailbox) {
      return handlers.getOrDefault(mailbox, Set.of());
    }

    @Override
    public String toString() {
      return "Journal[" + events.size() + " events]";
    }
  }

  static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  static Action<Journal> addHandler(SplittableRandom random, Journal state) {
    Mailbox mailbox = pick(List.copyOf(state.directory().mailboxes()), random);
    TaxId person = pick(List.copyOf(state.directory().employees()), random).taxId();
    return Action.of("addHandler(" + person + " -> " + mailbox.id() + ")", s -> {
      Set<TaxId> after = new HashSet<>(s.expected(mailbox.id()));
      boolean fresh = after.add(person);
      return Transition.to(s.record(new HandlerAdded(SUPERVISOR, MONDAY, mailbox.id(), person), mailbox.id(), after),
          fresh ? "handler added" : "handler added again");
    });
  }

  static Action<Journal> removeHandler(SplittableRandom random, Journal state) {
    Mailbox mailbox = pick(List.copyOf(state.directory().mailboxes()), random);
    List<TaxId> handlers = List.copyOf(mailbox.handlers());
    if (handlers.isEmpty()) {
      return addHandler(random, state);
    }
    TaxId person = pick(handlers, random);
    return Action.of("removeHandler(" + person + " from " + mailbox.id() + ")",
        s -> s.expected(mailbox.id()).contains(person),
        s -> {
          Set<TaxId> after = new HashSet<>(s.expected(mailbox.id()));
          after.remove(person);
          return Transition.to(s.record(new HandlerRemoved(SUPERVISOR, MONDAY, mailbox.id(), person, Clause.C5),
              mailbox.id(), after), "handler removed");
        });
  }

  static Action<Journal> moveHandler(SplittableRandom random, Journal state) {
    List<Mailbox> mailboxes = List.copyOf(state.directory().mailboxes());
    Mailbox from = pick(mailboxes, random);
    Mailbox to = pick(mailboxes, random);
    if (from.handlers().isEmpty() || from.id().equals(to.id())) {
      return addHandler(random, state);
    }
    TaxId person = pick(List.copyOf(from.handlers()), random);
    return Action.of("moveHandler(" + person + ": " + from.id() + " -> " + to.id() + ")",
        s -> s.expected(from.id()).contains(person),
        s -> {
          Set<TaxId> left = new HashSet<>(s.expected(from.id()));
          left.remove(person);
          Set<TaxId> joined = new HashSet<>(s.expected(to.id()));
          joined.add(person);
          Journal moved = s.record(new HandlerMoved(SUPERVISOR, MONDAY, from.id(), to.id(), person), from.id(), left);
          return Transition.to(new Journal(moved.directory(), moved.events(), withModel(moved, to.id(), joined)),
              "handler moved");
        });
  }

  static Map<MailboxId, Set<TaxId>> withModel(Journal journal, MailboxId mailbox, Set<TaxId> handlers) {
    Map<MailboxId, Set<TaxId>> model = new HashMap<>(journal.handlers());
    model.put(mailbox, Set.copyOf(handlers));
    return model;
  }

  static Action<Journal> loseStatus(SplittableRandom random, Journal state) {
    TaxId person = pick(List.copyOf(state.directory().employees()), random).taxId();
    return Action.of("loseStatus(" + person + ")",
        s -> s.directory().employee(person).map(Employee::isActive).orElse(false),
        s -> Transition.to(s.record(new StatusLost(SUPERVISOR, MONDAY, person, MONDAY, LossReason.RETIREMENT),
            null, null), "status lost"));
  }

  @Test
  @DisplayName("C2, C5, C6: the directory's mailboxes always hold the handlers the events added and did not remove, and replaying the log rebuilds the directory")
  void evolveMatchesTheModel() {
    StatefulProperty.from(Journal::start)
        .actions(ActionSource.weighted(
            ActionSource.weight(4, (state, random) -> addHandler(random, state)),
            ActionSource.weight(3, (state, random) -> removeHandler(random, state)),
            ActionSource.weight(2, (state, random) -> moveHandler(random, state)),
            ActionSource.weight(1, (state, random) -> loseStatus(random, state))))
        .invariant("mailbox handlers are what the events made them (C2, C5)", journal ->
            journal.directory().mailboxes().stream()
                .allMatch(mailbox -> mailbox.handlers().equals(journal.expected(mailbox.id()))))
        .invariant("a lost status stays lost (C6)", journal -> journal.events().stream()
            .filter(StatusLost.class::isInstance).map(event -> ((StatusLost) event).employee())
            .allMatch(person -> !journal.directory().employee(person).orElseThrow().isActive()))
        .invariant("replaying the log rebuilds the directory (evolve is a fold)", journal ->
            journal.events().size() % 16 != 0 || Directory.replay(journal.events()).equals(journal.directory()))
        .requireCoverage("handler added", 0.10)
        .requireCoverage("handler removed", 0.05)
        .requireCoverage("handler moved", 0.03)
        .requireCoverage("status lost", 0.02)
        .runs(40).steps(40)
        .check();
  }
}
