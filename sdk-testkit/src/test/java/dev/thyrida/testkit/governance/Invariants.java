package dev.thyrida.testkit.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.audit.Audit;
import dev.thyrida.policy.audit.Finding;
import dev.thyrida.policy.audit.FindingCode;
import dev.thyrida.policy.governance.Eligibility;
import dev.thyrida.policy.governance.Holdings;
import dev.thyrida.policy.governance.Supervision;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The eight invariants over a journal, each a predicate the property labels. */
final class Invariants {

  /** Above this many events, the replay invariant is checked every {@link #REPLAY_EVERY} events only. */
  static final int REPLAY_ALWAYS_BELOW = 400;
  static final int REPLAY_EVERY = 50;

  private Invariants() {}

  /**
   * 1 (C3, C6, D8; docs/governance.md, invariant 1): every handler of a KEP mailbox is eligible at its KEP now, or is still in
   * service with a posting at that KEP whose D8 time bound has passed, and the audit reports exactly
   * that: HANDLER_POSTING_ENDED for this person and mailbox, naming one of those ended postings.
   */
  static boolean handlersEligible(Journal s) {
    List<Finding> findings = Audit.findings(s.directory(), s.now(), s.rules());
    return s.directory().mailboxes().stream().filter(m -> m.kep().isPresent()).allMatch(m ->
        m.handlers().stream().allMatch(h -> Eligibility.isEligible(h, m.kep().get(), s.now(), s.directory())
            || postingRanOutAndIsReported(s, findings, m, h)));
  }

  private static boolean postingRanOutAndIsReported(Journal s, List<Finding> findings, Mailbox mailbox, TaxId handler) {
    boolean inService = s.directory().employee(handler).map(Employee::isActive).orElse(false);
    Set<String> ended = s.directory().postingsOf(handler).stream()
        .filter(p -> p.kep().equals(mailbox.kep().get()))
        .filter(p -> p.validUntil().filter(until -> !until.isAfter(s.now())).isPresent())
        .map(p -> p.id().value()).collect(Collectors.toSet());
    return inService && findings.stream().anyMatch(f -> f.code() == FindingCode.HANDLER_POSTING_ENDED
        && f.mailbox().equals(Optional.of(mailbox.id())) && f.person().equals(Optional.of(handler))
        && ended.contains(f.parameters().get("posting")));
  }

  /** 2 (C6): no ex-servant holds a handler or administrator role, an authorisation or an active account. */
  static boolean exServantsHoldNothing(Journal s) {
    return s.directory().employees().stream().filter(e -> !e.isActive())
        .noneMatch(e -> Holdings.of(e.taxId(), s.directory()).holdsRemovableRights());
  }

  /** 3 (X2, D7): 1..max administrators per active KEP mailbox, or none after D6, then reported by the audit. */
  static boolean administratorsCounted(Journal s) {
    List<Finding> findings = Audit.findings(s.directory(), s.now(), s.rules());
    return s.directory().mailboxes().stream().filter(m -> m.kep().isPresent() && m.isActive()).allMatch(m -> {
      int count = m.administrators().size();
      if (count == 0) {
        return "D6".equals(s.lastAdminChange().get(m.id()))
            && reported(findings, FindingCode.MAILBOX_WITHOUT_ADMINISTRATOR, m.id(), Optional.empty());
      }
      return count <= s.rules().maxAdministrators();
    });
  }

  /** 4 (C7): right after a handover completes, the only administrator is the current supervisor. */
  static boolean handoverLeavesSupervisor(Journal s) {
    Optional<Decision> last = s.last().flatMap(Journal.Step::decision).filter(Decision::isAccepted)
        .filter(d -> d.command() instanceof DeactivateAdministrator);
    if (last.isEmpty()) {
      return true;
    }
    MailboxId id = ((DeactivateAdministrator) last.get().command()).mailbox();
    Mailbox mailbox = s.directory().mailbox(id).orElseThrow();
    KepCode kep = mailbox.kep().orElseThrow();
    Optional<TaxId> supervisor = Supervision.currentSupervisor(kep, last.get().command().issuedAt(), s.directory());
    return supervisor.isPresent() && mailbox.administrators().equals(Set.of(supervisor.get()));
  }

  /** 5 (C4, C6, D8): handlers changed only by an administrator of the mailbox, or removed by the host's C6/D8 facts. */
  static boolean onlyAdministratorsChangeHandlers(Journal s) {
    Optional<Journal.Step> step = s.last();
    if (step.isEmpty() || step.get().decision().isEmpty()) {
      return true;
    }
    Directory before = step.get().before();
    return step.get().decision().get().events().stream().allMatch(event -> byAdministrator(event, before));
  }

  private static boolean byAdministrator(Event event, Directory before) {
    Actor actor = event.actor();
    if (event instanceof HandlerRemoved && actor.kind() == ActorKind.HOST_SYSTEM) {
      Clause clause = ((HandlerRemoved) event).clause();
      return clause == Clause.C6 || clause == Clause.D8;
    }
    if (event instanceof HandlerAdded) {
      return administers(actor, ((HandlerAdded) event).mailbox(), before);
    }
    if (event instanceof HandlerMoved) {
      HandlerMoved moved = (HandlerMoved) event;
      return administers(actor, moved.from(), before) && administers(actor, moved.to(), before);
    }
    return !(event instanceof HandlerRemoved) || administers(actor, ((HandlerRemoved) event).mailbox(), before);
  }

  private static boolean administers(Actor actor, MailboxId mailbox, Directory before) {
    return actor.kind() == ActorKind.EMPLOYEE && before.mailbox(mailbox)
        .filter(m -> m.administrators().stream().anyMatch(a -> a.value().equals(actor.id()))).isPresent();
  }

  /** 6: a rejection changes nothing; an acceptance changes exactly what its events say, each event something. */
  static boolean decisionsChangeWhatTheySay(Journal s) {
    Optional<Journal.Step> step = s.last();
    if (step.isEmpty() || step.get().decision().isEmpty()) {
      return true;
    }
    Decision decision = step.get().decision().get();
    if (!decision.isAccepted()) {
      return decision.events().isEmpty() && s.directory() == step.get().before();
    }
    Directory directory = step.get().before();
    for (Event event : decision.events()) {
      Directory next = directory.evolve(event);
      if (next.equals(directory)) {
        return false;
      }
      directory = next;
    }
    return directory.equals(s.directory());
  }

  /** 7: decide never threw and gave the same decision twice. */
  static boolean decideTotalAndDeterministic(Journal s) {
    return s.last().map(step -> step.thrown().isEmpty() && step.deterministic()).orElse(true);
  }

  /** 7, contract: every violation carries exactly the parameters its code declares. */
  static boolean violationsNameTheirParameters(Journal s) {
    return s.last().flatMap(Journal.Step::decision).map(d -> d.violations().stream()
        .allMatch(Invariants::declared)).orElse(true);
  }

  private static boolean declared(Violation violation) {
    return List.copyOf(violation.parameters().keySet()).equals(violation.code().parameters());
  }

  /** 8: replaying the event log from empty rebuilds the directory (sparser on long logs, see the constants). */
  static boolean replayRebuilds(Journal s) {
    int size = s.log().size();
    if (size >= REPLAY_ALWAYS_BELOW && size % REPLAY_EVERY != 0) {
      return true;
    }
    return Directory.replay(s.log()).equals(s.directory());
  }

  private static boolean reported(List<Finding> findings, FindingCode code, MailboxId mailbox, Optional<TaxId> person) {
    return findings.stream().anyMatch(f -> f.code() == code && f.mailbox().equals(Optional.of(mailbox))
        && (person.isEmpty() || f.person().equals(person)));
  }
}
