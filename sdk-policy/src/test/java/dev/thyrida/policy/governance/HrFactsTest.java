package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.World.CLERK_POSTING;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.MUNICIPALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C1, C3, C7, X5: the HR and setup facts the host feeds")
class HrFactsTest {

  private static final TaxId NEWCOMER = TaxId.of("123456783");
  private final World world = World.standard();

  @Test
  @DisplayName("C1: a KEP is registered once")
  void registersKepOnce() {
    assertTrue(world.when(new RegisterKep(HR, world.now(), KepCode.of("KEP-9"), "ΚΕΠ", "Δήμος")).isAccepted());
    assertEquals(List.of(GovernanceCode.KEP_ALREADY_REGISTERED),
        world.when(new RegisterKep(HR, world.now(), KEP, "ΚΕΠ", "Δήμος")).codes());
  }

  @Test
  @DisplayName("L26-1, C1: a mailbox is created once, for a registered KEP or agency")
  void createsMailboxForKnownOwner() {
    assertEquals(List.of(GovernanceCode.MAILBOX_ALREADY_EXISTS),
        world.when(new CreateMailbox(HR, world.now(), MAILBOX, new MailboxOwner.OfKep(KEP))).codes());
    assertEquals(List.of(GovernanceCode.KEP_NOT_FOUND),
        world.when(new CreateMailbox(HR, world.now(), MailboxId.of("m-9"), new MailboxOwner.OfKep(KepCode.of("KEP-9")))).codes());
    assertEquals(List.of(GovernanceCode.AGENCY_NOT_FOUND),
        world.when(new CreateMailbox(HR, world.now(), MailboxId.of("m-9"), new MailboxOwner.OfAgency(AgencyId.of("x")))).codes());
  }

  @Test
  @DisplayName("X5: an agency is registered once")
  void registersAgencyOnce() {
    assertEquals(List.of(GovernanceCode.AGENCY_ALREADY_REGISTERED),
        world.when(new RegisterAgency(HR, world.now(), MUNICIPALITY, "Δήμος")).codes());
  }

  @Test
  @DisplayName("C3: an employee is registered once, with a registered agency")
  void registersEmployeeOnce() {
    PersonName name = PersonName.of("Ελένη", "Κ");
    assertEquals(List.of(GovernanceCode.EMPLOYEE_ALREADY_REGISTERED),
        world.when(new RegisterEmployee(HR, world.now(), CLERK, name, MUNICIPALITY)).codes());
    assertEquals(List.of(GovernanceCode.AGENCY_NOT_FOUND),
        world.when(new RegisterEmployee(HR, world.now(), NEWCOMER, name, AgencyId.of("x"))).codes());
  }

  @Test
  @DisplayName("C3, C6: a posting is recorded once, for an employee in service at a registered KEP")
  void recordsPosting() {
    assertEquals(List.of(GovernanceCode.POSTING_ALREADY_RECORDED),
        world.when(new RecordPosting(HR, world.now(), World.organic(CLERK_POSTING, CLERK, KEP, T0))).codes());
    assertEquals(List.of(AccessCode.EMPLOYEE_NOT_REGISTERED, GovernanceCode.KEP_NOT_FOUND),
        world.when(new RecordPosting(HR, world.now(), World.organic(CLERK_POSTING, NEWCOMER, KepCode.of("K-9"), T0)))
            .codes().subList(0, 2));
    Instant at = world.now();
    world.given(new RecordStatusLoss(HR, at, SUPERVISOR, at, LossReason.RETIREMENT));
    assertEquals(List.of(AccessCode.STATUS_LOST), world.when(new RecordPosting(HR, world.now(),
        World.organic(dev.thyrida.core.identity.PostingId.of("p-9"), SUPERVISOR, KEP, T0))).codes());
  }

  @Test
  @DisplayName("C7: a supervisor is appointed once in office, when the appointment has taken effect")
  void appointsSupervisor() {
    Instant at = world.now();
    assertEquals(List.of(GovernanceCode.ALREADY_SUPERVISOR),
        world.when(new AppointSupervisor(HR, at, KEP, SUPERVISOR, at)).codes());
    assertEquals(List.of(GovernanceCode.FACT_NOT_YET_EFFECTIVE),
        world.when(new AppointSupervisor(HR, at, KEP, CLERK, at.plusSeconds(1))).codes());
  }

  @Test
  @DisplayName("X5: an agency's administrator is one of its employees, appointed once")
  void appointsAgencyAdministrator() {
    world.given(new AppointAgencyAdministrator(HR, world.now(), MUNICIPALITY, CLERK));
    assertEquals(List.of(GovernanceCode.ALREADY_AGENCY_ADMINISTRATOR),
        world.when(new AppointAgencyAdministrator(HR, world.now(), MUNICIPALITY, CLERK)).codes());
    world.given(new RegisterAgency(HR, world.now(), AgencyId.of("other-agency"), "Άλλος φορέας"));
    assertEquals(List.of(GovernanceCode.NOT_AGENCY_EMPLOYEE),
        world.when(new AppointAgencyAdministrator(HR, world.now(), AgencyId.of("other-agency"), CLERK)).codes());
  }
}
