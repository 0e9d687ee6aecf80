package dev.thyrida.bench;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import dev.thyrida.testkit.directory.Principals;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A seeded directory of a given number of employees (KEPs one per five employees, as X9's 1,000 KEPs
 * to 5,000 staff), with one event of each kind measured and two AddHandler commands (C2, C3), all
 * built once per trial (ADR 0080).
 */
@State(Scope.Benchmark)
public class ScaledRoster {

  /** The instant every built event carries. */
  public static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");

  /** How many employees the directory holds. */
  @Param({"1000", "10000", "100000"})
  public int employees;

  /** The directory. */
  Directory directory;
  /** A handler added to an active mailbox by a staff member posted at its KEP (C2). */
  HandlerAdded handlerAdded;
  /** A second posting of an existing employee at another KEP (C3). */
  PostingRecorded postingRecorded;
  /** An active employee losing status (C6). */
  StatusLost statusLost;
  /** The supervisor adds an eligible staff member: accepted (C2, C3). */
  AddHandler accepted;
  /** The supervisor adds someone posted at another KEP: rejected (C3). */
  AddHandler rejected;

  /** Creates the state; JMH instantiates it. */
  public ScaledRoster() {
    // built in setUp
  }

  /** Builds the directory and the measured inputs, and checks they mean what their names say. */
  @Setup(Level.Trial)
  public void setUp() {
    DirectoryFixture fixture = NationalDirectory.seeded(42, employees / 5, employees, AT);
    directory = fixture.directory();
    List<KepFixture> keps = fixture.keps().values().stream()
        .filter(kep -> kep.mailbox().map(id -> directory.mailbox(id).orElseThrow().isActive()).orElse(false))
        .filter(kep -> kep.staff().size() > kep.handlers().size() + 1)
        .sorted((a, b) -> a.code().value().compareTo(b.code().value()))
        .limit(2)
        .toList();
    KepFixture here = keps.get(0);
    KepFixture elsewhere = keps.get(1);
    MailboxId mailbox = here.mailbox().orElseThrow();
    TaxId supervisor = here.supervisor().orElseThrow();
    TaxId newcomer = notHandler(here);
    Actor by = new Actor(ActorKind.EMPLOYEE, supervisor.value());
    handlerAdded = new HandlerAdded(by, AT, mailbox, newcomer);
    postingRecorded = new PostingRecorded(by, AT, new Posting(PostingId.of("posting-bench"), newcomer,
        elsewhere.code(), PostingBasis.TRANSFER_BY_DECISION, StaffBranch.KEP_STAFF_BRANCH,
        Optional.of(DecisionReference.of("1/2026")), AT, Optional.empty()));
    statusLost = new StatusLost(by, AT, newcomer, AT, LossReason.RETIREMENT);
    Principal.Employee actor = Principals.signedIn(supervisor);   // own account, authorised (K1, K8)
    accepted = new AddHandler(actor, AT, mailbox, newcomer);
    rejected = new AddHandler(actor, AT, mailbox, notHandler(elsewhere));
    requireChange(handlerAdded);
    requireChange(postingRecorded);
    requireChange(statusLost);
    if (!Rulebook.decide(accepted, directory, GovernanceRules.defaults()).isAccepted()
        || Rulebook.decide(rejected, directory, GovernanceRules.defaults()).isAccepted()) {
      throw new IllegalStateException("the AddHandler commands do not decide as named: "
          + Rulebook.decide(accepted, directory, GovernanceRules.defaults()) + " / "
          + Rulebook.decide(rejected, directory, GovernanceRules.defaults()));
    }
  }

  private static TaxId notHandler(KepFixture kep) {
    return kep.staff().stream()
        .filter(person -> !kep.handlers().contains(person) && !kep.supervisor().orElseThrow().equals(person))
        .findFirst().orElseThrow();
  }

  private void requireChange(Event event) {
    if (directory.evolve(event) == directory) {
      throw new IllegalStateException("the benchmark event changes nothing: " + event);
    }
  }
}
