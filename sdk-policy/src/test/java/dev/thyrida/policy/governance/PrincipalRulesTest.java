package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.OFFICIAL;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.citizen;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.People.ministry;
import static dev.thyrida.policy.fixture.People.taxisNetEmployee;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.DecideCode;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.fixture.World;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3, C4, C8, C9: who may issue governance commands")
class PrincipalRulesTest {

  private final World world = World.standard();

  @Test
  @DisplayName("L26-3: an unauthenticated principal is refused with its own code")
  void refusesUnauthenticated() {
    Decision decision = world.when(new AddHandler(new Principal.Unauthenticated(), world.now(), MAILBOX, CLERK));
    assertEquals(List.of(AccessCode.NOT_AUTHENTICATED), decision.codes());
    assertEquals("MANAGE_HANDLERS", decision.violations().get(0).parameter("action"));
  }

  @Test
  @DisplayName("C9: in production an employee logged in with personal TAXISnet credentials is refused")
  void refusesPersonalTaxisNetInProduction() {
    Decision decision = world.when(new AddHandler(taxisNetEmployee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    assertEquals(List.of(AccessCode.TAXISNET_LOGIN_IN_PRODUCTION), decision.codes());
  }

  @Test
  @DisplayName("C8: during familiarisation personal TAXISnet credentials are accepted")
  void acceptsPersonalTaxisNetInFamiliarisation() {
    World practice = World.standard(GovernanceRules.builder().phase(Phase.FAMILIARISATION).build());
    assertTrue(practice.when(new AddHandler(taxisNetEmployee(SUPERVISOR), practice.now(), MAILBOX, CLERK)).isAccepted());
  }

  @Test
  @DisplayName("C4: the Ministry takes no step in defining or deleting users")
  void refusesMinistryOnUsers() {
    Decision decision = world.when(new AddHandler(ministry(OFFICIAL), world.now(), MAILBOX, CLERK));
    assertEquals(List.of(AccessCode.MINISTRY_NOT_INVOLVED), decision.codes());
    assertEquals(List.of(AccessCode.MINISTRY_NOT_INVOLVED, GovernanceCode.PERSON_NOT_A_HANDLER),
        world.when(new RemoveHandler(ministry(OFFICIAL), world.now(), MAILBOX, CLERK)).codes());
  }

  @Test
  @DisplayName("L26-3: a citizen or the host system may not take a mailbox action")
  void refusesCitizenAndHost() {
    assertEquals(List.of(AccessCode.PRINCIPAL_NOT_PERMITTED, GovernanceCode.NOT_CURRENT_SUPERVISOR),
        world.when(new ActivateMailbox(citizen(CLERK), world.now(), INACTIVE)).codes());
    assertEquals(List.of(AccessCode.PRINCIPAL_NOT_PERMITTED),
        world.when(new ActivateMailbox(HR, world.now(), INACTIVE)).codes());
  }

  @Test
  @DisplayName("L26-3: HR and setup facts come only from the host system")
  void refusesHrFactsFromPersons() {
    Decision decision = world.when(new RegisterKep(employee(SUPERVISOR), world.now(), KepCode.of("KEP-9"), "ΚΕΠ", "Δήμος"));
    assertEquals(List.of(AccessCode.PRINCIPAL_NOT_PERMITTED), decision.codes());
    assertEquals(Clause.L26_3, decision.violations().get(0).clause());
  }

  @Test
  @DisplayName("L26-3: a command of another family is not the governance family's: rejected, not thrown")
  void unhandledKindIsRejected() {
    Decision decision = Decider.of(GovernanceFamily.FAMILY).apply(
        new SubmitRequest(citizen(CLERK), world.now(), RequestId.of("r-1"), MAILBOX), world.directory(), GovernanceRules.defaults());
    assertEquals(List.of(DecideCode.COMMAND_NOT_HANDLED), decision.codes());
  }
}
