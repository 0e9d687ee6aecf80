package dev.thyrida.policy.audit;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.People.at;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.KEP_2;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.MAILBOX_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C1-C10, D6-D8, X2, X3: the audit's findings")
class AuditTest {

  private static List<Finding> of(World world, Instant at, FindingCode code) {
    return Audit.findings(world.directory(), at, GovernanceRules.defaults()).stream()
        .filter(finding -> finding.code() == code).collect(Collectors.toList());
  }

  private static World staffed() {
    World world = World.standard();
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    return world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX_2, CLERK));
  }

  @Test
  @DisplayName("C10, C1, C2: a fresh world reports a mailbox not activated, a KEP with no supervisor, mailboxes with no users, by severity")
  void freshWorld() {
    World world = World.standard();
    List<Finding> findings = Audit.findings(world.directory(), world.now(), GovernanceRules.defaults());
    assertEquals(List.of(FindingCode.MAILBOX_NOT_ACTIVATED, FindingCode.KEP_WITHOUT_SUPERVISOR,
        FindingCode.MAILBOX_WITHOUT_HANDLERS, FindingCode.MAILBOX_WITHOUT_HANDLERS),
        findings.stream().map(Finding::code).collect(Collectors.toList()));
    Finding notActivated = findings.get(0);
    assertEquals(Optional.of(INACTIVE), notActivated.mailbox());
    assertEquals(Optional.of(SUPERVISOR), notActivated.person());
    assertEquals(Clause.C10, notActivated.clause());
    assertEquals(Optional.of(KEP_2), findings.get(1).kep());
  }

  @Test
  @DisplayName("C10: a KEP with a supervisor in office but no KEP mailbox at all is reported, not before the appointment")
  void kepWithoutMailbox() {
    World world = World.standard();
    KepCode bare = KepCode.of("KEP-0003");
    world.given(new RegisterKep(HR, world.now(), bare, "ΚΕΠ Αθηνών 3", "Αθηναίων"));
    assertEquals(List.of(), of(world, world.now(), FindingCode.KEP_WITHOUT_MAILBOX));
    Instant appointed = world.now();
    world.given(new AppointSupervisor(HR, appointed, bare, INCOMING, appointed));
    List<Finding> found = of(world, world.now(), FindingCode.KEP_WITHOUT_MAILBOX);
    assertEquals(1, found.size());
    assertEquals(Optional.of(bare), found.get(0).kep());
    assertEquals(Optional.of(INCOMING), found.get(0).person());
    assertEquals(Optional.of(appointed), found.get(0).since());
    assertEquals(Clause.C10, found.get(0).clause());
    assertEquals(List.of(), of(world, appointed.minusSeconds(1), FindingCode.KEP_WITHOUT_MAILBOX));
    Instant lost = world.now();
    world.given(new RecordStatusLoss(HR, lost, INCOMING, lost, LossReason.RETIREMENT));
    assertEquals(List.of(), of(world, world.now(), FindingCode.KEP_WITHOUT_MAILBOX));
  }

  @Test
  @DisplayName("D7: a mailbox whose only administrator lost status is CRITICAL, first in the list")
  void mailboxWithoutAdministrator() {
    World world = staffed();
    Instant lost = world.now();
    world.given(new RecordStatusLoss(HR, lost, SUPERVISOR, lost, LossReason.RETIREMENT));
    List<Finding> findings = Audit.findings(world.directory(), world.now(), GovernanceRules.defaults());
    assertEquals(FindingCode.MAILBOX_WITHOUT_ADMINISTRATOR, findings.get(0).code());
    assertEquals(Severity.CRITICAL, findings.get(0).severity());
    assertEquals(2, of(world, world.now(), FindingCode.MAILBOX_WITHOUT_ADMINISTRATOR).size());
    assertEquals(1, of(world, world.now(), FindingCode.SUPERVISOR_STATUS_LOST).size());
  }

  /** The C6 findings after the clerk, a user of both mailboxes, lost status at {@code lost} unremoved. */
  private static List<Finding> exServantFindings(World world, Instant lost) {
    Directory stale = world.directory().evolve(new dev.thyrida.core.event.StatusLost(Actor.of(HR), lost, CLERK, lost,
        LossReason.RESIGNATION));
    return Audit.findings(stale, world.now(), GovernanceRules.defaults()).stream()
        .filter(finding -> finding.code() == FindingCode.EX_SERVANT_HOLDS_ROLE).collect(Collectors.toList());
  }

  @Test
  @DisplayName("C6: an ex-servant still holding a role is reported, with since when")
  void exServantStillHoldingARole() {
    World world = staffed();
    Instant lost = world.now();
    List<Finding> findings = exServantFindings(world, lost);
    assertEquals(4, findings.size());
    assertEquals(List.of("AUTHORISATION", "HANDLER", "HANDLER", "SERVICE_ACCOUNT"),
        findings.stream().map(finding -> finding.parameters().get("role")).sorted().collect(Collectors.toList()));
    findings.forEach(finding -> assertEquals(Optional.of(lost), finding.since()));
  }

  @Test
  @DisplayName("D10, C6: a status loss is judged at the audit's instant: before it takes effect it is no finding")
  void statusLossJudgedAtTheAuditsInstant() {
    World world = staffed();
    Instant before = world.now();
    Instant lost = world.now();
    Directory later = world.directory().evolve(new dev.thyrida.core.event.StatusLost(Actor.of(HR), lost, CLERK, lost,
        LossReason.RESIGNATION));
    assertTrue(Audit.findings(later, before, GovernanceRules.defaults()).stream()
        .noneMatch(finding -> finding.code() == FindingCode.EX_SERVANT_HOLDS_ROLE));
    assertTrue(Audit.findings(later, lost, GovernanceRules.defaults()).stream()
        .anyMatch(finding -> finding.code() == FindingCode.EX_SERVANT_HOLDS_ROLE));
  }

  @Test
  @DisplayName("D10, C7: a supervisor's status loss is judged at the audit's instant, like their tenure")
  void supervisorStatusLossJudgedAtTheAuditsInstant() {
    World world = World.standard();
    Instant before = world.now();
    Instant lost = world.now();
    Directory later = world.directory().evolve(new dev.thyrida.core.event.StatusLost(Actor.of(HR), lost, SUPERVISOR,
        lost, LossReason.RESIGNATION));
    assertTrue(Audit.findings(later, before, GovernanceRules.defaults()).stream()
        .noneMatch(finding -> finding.code() == FindingCode.SUPERVISOR_STATUS_LOST
            || finding.code() == FindingCode.EX_SERVANT_HOLDS_ROLE));
    assertTrue(Audit.findings(later, lost, GovernanceRules.defaults()).stream()
        .anyMatch(finding -> finding.code() == FindingCode.SUPERVISOR_STATUS_LOST));
  }

  @Test
  @DisplayName("C6: an ex-servant's role held in a mailbox names that mailbox and its KEP on the finding itself")
  void exServantRoleNamesMailboxAndKep() {
    World world = staffed();
    List<Finding> findings = exServantFindings(world, world.now()).stream()
        .filter(finding -> finding.mailbox().isPresent()).collect(Collectors.toList());
    assertEquals(List.of(Optional.of(MAILBOX), Optional.of(MAILBOX_2)),
        findings.stream().map(Finding::mailbox).collect(Collectors.toList()));
    assertEquals(List.of(Optional.of(KEP), Optional.of(KEP)),
        findings.stream().map(Finding::kep).collect(Collectors.toList()));
    assertEquals(MAILBOX.value(), findings.get(0).parameters().get("where"));
  }

  @Test
  @DisplayName("X2: more administrators than the maximum is reported")
  void tooManyAdministrators() {
    World world = World.standard();
    Directory crowded = world.directory()
        .evolve(new AdministratorDesignated(Actor.of(HR), world.now(), MAILBOX, CLERK, Clause.C7))
        .evolve(new AdministratorDesignated(Actor.of(HR), world.now(), MAILBOX, OTHER, Clause.C7));
    List<Finding> findings = Audit.findings(crowded, world.now(), GovernanceRules.defaults()).stream()
        .filter(f -> f.code() == FindingCode.TOO_MANY_ADMINISTRATORS).collect(Collectors.toList());
    assertEquals(1, findings.size());
    assertEquals(Optional.of(KEP), findings.get(0).kep());
  }

  @Test
  @DisplayName("D8: a user whose placement ended is reported from the end on, not before")
  void handlerPostingEnded() {
    World world = World.standard();
    Instant until = at(100);
    world.given(new RecordPosting(HR, world.now(), World.byDecision(PostingId.of("p-placed"), OTHER, KEP,
        PostingBasis.PLACEMENT_BY_DECISION, StaffBranch.OTHER_MUNICIPAL, T0, Optional.of(until))));
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, OTHER));
    assertEquals(List.of(), of(world, until.minusSeconds(1), FindingCode.HANDLER_POSTING_ENDED));
    List<Finding> ended = of(world, until, FindingCode.HANDLER_POSTING_ENDED);
    assertEquals(1, ended.size());
    assertEquals("p-placed", ended.get(0).parameters().get("posting"));
    assertEquals(Optional.of(until), ended.get(0).since());
  }

  @Test
  @DisplayName("C3: a user with no posting at the KEP at all is reported as not eligible")
  void handlerNotEligible() {
    World world = World.standard();
    Directory stray = world.directory().evolve(new HandlerAdded(Actor.of(HR), world.now(), MAILBOX, OTHER));
    List<Finding> findings = Audit.findings(stray, world.now(), GovernanceRules.defaults()).stream()
        .filter(f -> f.code() == FindingCode.HANDLER_NOT_ELIGIBLE).collect(Collectors.toList());
    assertEquals(1, findings.size());
    assertEquals("NO_POSTING_AT_KEP", findings.get(0).parameters().get("reason"));
  }

  @Test
  @DisplayName("C7: a new supervisor not yet designated, then designated but the outgoing not deactivated")
  void handoverBegunNotCompleted() {
    World world = staffed();
    Instant appointed = world.now();
    world.given(new AppointSupervisor(HR, appointed, KEP, INCOMING, appointed));
    List<Finding> notDesignated = of(world, world.now(), FindingCode.HANDOVER_NOT_DESIGNATED);
    assertEquals(2, notDesignated.size());
    assertEquals(Optional.of(appointed), notDesignated.get(0).since());
    world.given(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    List<Finding> notCompleted = of(world, world.now(), FindingCode.HANDOVER_NOT_COMPLETED);
    assertEquals(1, notCompleted.size());
    assertEquals(Optional.of(SUPERVISOR), notCompleted.get(0).person());
    assertEquals(1, of(world, world.now(), FindingCode.HANDOVER_NOT_DESIGNATED).size());
  }

  @Test
  @DisplayName("X3: a designation awaiting the Ministry is reported as LOW, not as a handover not designated")
  void designationAwaitingApproval() {
    World world = World.standard(GovernanceRules.builder().handoverNeedsApproval(true).build());
    Instant appointed = world.now();
    world.given(new AppointSupervisor(HR, appointed, KEP, INCOMING, appointed));
    world.given(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    List<Finding> awaiting = of(world, world.now(), FindingCode.DESIGNATION_AWAITING_APPROVAL);
    assertEquals(1, awaiting.size());
    assertEquals(Severity.LOW, awaiting.get(0).severity());
    assertEquals(Optional.of(KEP), awaiting.get(0).kep());
    assertEquals(Optional.of(MAILBOX_2), of(world, world.now(), FindingCode.HANDOVER_NOT_DESIGNATED).get(0).mailbox());
  }

  @Test
  @DisplayName("C1-C10: the audit is deterministic and every finding renders in Greek and English")
  void deterministicAndRendered() {
    World world = staffed();
    Instant at = world.now();
    List<Finding> first = Audit.findings(world.directory(), at, GovernanceRules.defaults());
    assertEquals(first, Audit.findings(Directory.replay(world.log()), at, GovernanceRules.defaults()));
    for (Finding finding : first) {
      assertTrue(!finding.message(java.util.Locale.ENGLISH).contains("{"));
      assertTrue(!finding.message(java.util.Locale.forLanguageTag("el")).contains("{"));
    }
  }
}
