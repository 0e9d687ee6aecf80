package dev.thyrida.policy.access;

import static dev.thyrida.policy.access.AccessCode.DOCUMENT_NOT_FOUND;
import static dev.thyrida.policy.access.AccessCode.EMPLOYEE_NOT_REGISTERED;
import static dev.thyrida.policy.access.AccessCode.MAILBOX_NOT_ACTIVE;
import static dev.thyrida.policy.access.AccessCode.MAILBOX_NOT_FOUND;
import static dev.thyrida.policy.access.AccessCode.NOT_AN_ADMINISTRATOR;
import static dev.thyrida.policy.access.AccessCode.NOT_AUTHENTICATED;
import static dev.thyrida.policy.access.AccessCode.NOT_A_HANDLER;
import static dev.thyrida.policy.access.AccessCode.NOT_A_KEP_MAILBOX;
import static dev.thyrida.policy.access.AccessCode.NOT_OF_THE_AGENCY;
import static dev.thyrida.policy.access.AccessCode.NOT_OWN_MAILBOX;
import static dev.thyrida.policy.access.AccessCode.NO_AUTHORISATION;
import static dev.thyrida.policy.access.AccessCode.NO_SERVICE_ACCOUNT;
import static dev.thyrida.policy.access.AccessCode.PRINCIPAL_NOT_PERMITTED;
import static dev.thyrida.policy.access.AccessCode.REQUEST_NOT_FOUND;
import static dev.thyrida.policy.access.AccessCode.SERVICE_ACCOUNT_SUSPENDED;
import static dev.thyrida.policy.access.AccessCode.SERVICE_CREDENTIALS_FOR_CITIZEN;
import static dev.thyrida.policy.access.AccessCode.SERVICE_USERNAME_MISMATCH;
import static dev.thyrida.policy.access.AccessCode.STATUS_LOST;
import static dev.thyrida.policy.access.AccessCode.TAXISNET_LOGIN_IN_PRODUCTION;
import static dev.thyrida.policy.access.Action.ASSIGN_REQUESTS;
import static dev.thyrida.policy.access.Action.MANAGE_HANDLERS;
import static dev.thyrida.policy.access.Action.OPEN_MAILBOX;
import static dev.thyrida.policy.access.Action.SUBMIT_REQUEST;
import static dev.thyrida.policy.access.Action.WORK_REQUESTS;
import static dev.thyrida.policy.access.Scene.ADMIN;
import static dev.thyrida.policy.access.Scene.AGENCY_BOX;
import static dev.thyrida.policy.access.Scene.CITIZEN;
import static dev.thyrida.policy.access.Scene.CITIZEN_BOX;
import static dev.thyrida.policy.access.Scene.CLERK;
import static dev.thyrida.policy.access.Scene.HANDLER;
import static dev.thyrida.policy.access.Scene.IDLE_BOX;
import static dev.thyrida.policy.access.Scene.KEP_BOX;
import static dev.thyrida.policy.access.Scene.OTHER_CITIZEN_BOX;
import static dev.thyrida.policy.access.Scene.OUTSIDER;
import static dev.thyrida.policy.access.Scene.citizen;
import static dev.thyrida.policy.access.Scene.taxId;
import static dev.thyrida.policy.access.Scene.withService;
import static dev.thyrida.policy.access.Scene.withTaxisNet;
import static dev.thyrida.policy.decide.Phase.FAMILIARISATION;
import static dev.thyrida.policy.decide.Phase.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.ServiceAccountSuspended;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("L26-3, C8, C9, K8, X2, X5: access to mailboxes")
class AccessTest {

  private static final Directory SCENE = Scene.directory();
  private static final Target KEP = Target.mailbox(KEP_BOX);

  static Arguments row(String name, Principal principal, Action action, Target target, Phase phase,
      ViolationCode... codes) {
    return Arguments.of(name, principal, action, target, phase, List.of(codes));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("L26-3: the unauthenticated open nothing", new Principal.Unauthenticated(), OPEN_MAILBOX,
            Target.mailbox(CITIZEN_BOX), PRODUCTION, NOT_AUTHENTICATED),
        row("L26-3: the unauthenticated submit nothing", new Principal.Unauthenticated(), SUBMIT_REQUEST,
            KEP, PRODUCTION, NOT_AUTHENTICATED),
        row("L26-1: a citizen opens their own mailbox", citizen(CITIZEN), OPEN_MAILBOX,
            Target.mailbox(CITIZEN_BOX), PRODUCTION),
        row("L26-3: a citizen never opens another citizen's mailbox", citizen(CITIZEN), OPEN_MAILBOX,
            Target.mailbox(OTHER_CITIZEN_BOX), PRODUCTION, NOT_OWN_MAILBOX),
        row("L26-3: a citizen does not open a KEP mailbox", citizen(CITIZEN), OPEN_MAILBOX, KEP, PRODUCTION,
            NOT_OWN_MAILBOX),
        row("K1: service credentials are not a citizen's", new Principal.Citizen(Scene.identity(CITIZEN),
            Authentication.SERVICE_CREDENTIALS), OPEN_MAILBOX, Target.mailbox(CITIZEN_BOX), PRODUCTION,
            SERVICE_CREDENTIALS_FOR_CITIZEN),
        row("C1: a citizen submits to an active KEP mailbox", citizen(CITIZEN), SUBMIT_REQUEST, KEP, PRODUCTION),
        row("C1: not to an inactive one", citizen(CITIZEN), SUBMIT_REQUEST, Target.mailbox(IDLE_BOX), PRODUCTION,
            MAILBOX_NOT_ACTIVE),
        row("C1: not to a citizen's mailbox", citizen(CITIZEN), SUBMIT_REQUEST, Target.mailbox(OTHER_CITIZEN_BOX),
            PRODUCTION, NOT_A_KEP_MAILBOX),
        row("L26-1: not to an unknown mailbox", citizen(CITIZEN), SUBMIT_REQUEST,
            Target.mailbox(MailboxId.of("nowhere")), PRODUCTION, MAILBOX_NOT_FOUND),
        row("X2: a citizen does not work requests", citizen(CITIZEN), WORK_REQUESTS, KEP, PRODUCTION,
            PRINCIPAL_NOT_PERMITTED),
        row("X2: a handler works the KEP mailbox", withService(HANDLER), WORK_REQUESTS, KEP, PRODUCTION),
        row("X2: a handler sees its request history", withService(HANDLER), OPEN_MAILBOX, KEP, PRODUCTION),
        row("X2: an administrator who is no handler works no requests", withService(ADMIN), WORK_REQUESTS, KEP,
            PRODUCTION, NOT_A_HANDLER),
        row("X2: an administrator assigns requests", withService(ADMIN), ASSIGN_REQUESTS, KEP, PRODUCTION),
        row("X2: an administrator manages handlers", withService(ADMIN), MANAGE_HANDLERS, KEP, PRODUCTION),
        row("X2: a handler does not manage handlers", withService(HANDLER), MANAGE_HANDLERS, KEP, PRODUCTION,
            NOT_AN_ADMINISTRATOR),
        row("X2: a handler does not assign requests", withService(HANDLER), ASSIGN_REQUESTS, KEP, PRODUCTION,
            NOT_AN_ADMINISTRATOR),
        row("C1: nobody works an inactive KEP mailbox", withService(HANDLER), WORK_REQUESTS,
            Target.mailbox(IDLE_BOX), PRODUCTION, MAILBOX_NOT_ACTIVE),
        row("L26-3: an employee never opens a citizen's mailbox", withService(HANDLER), OPEN_MAILBOX,
            Target.mailbox(CITIZEN_BOX), PRODUCTION, NOT_OWN_MAILBOX),
        row("L26-3: an employee submits no requests", withService(HANDLER), SUBMIT_REQUEST, KEP, PRODUCTION,
            PRINCIPAL_NOT_PERMITTED),
        row("C8: in familiarisation a handler may sign in with TAXISnet", withTaxisNet(HANDLER), WORK_REQUESTS,
            KEP, FAMILIARISATION),
        row("C8: in familiarisation no authorisation is needed", withTaxisNet(CLERK), OPEN_MAILBOX,
            Target.mailbox(AGENCY_BOX), FAMILIARISATION),
        row("C9: in production TAXISnet is refused", withTaxisNet(HANDLER), WORK_REQUESTS, KEP, PRODUCTION,
            TAXISNET_LOGIN_IN_PRODUCTION),
        row("K8: in production an authorisation is needed", withService(CLERK), OPEN_MAILBOX,
            Target.mailbox(AGENCY_BOX), PRODUCTION, NO_AUTHORISATION),
        row("X1: an employee of another agency does not open its mailbox", withTaxisNet(OUTSIDER), OPEN_MAILBOX,
            Target.mailbox(AGENCY_BOX), FAMILIARISATION, NOT_OF_THE_AGENCY),
        row("K1: service credentials need a service account", withService(OUTSIDER), OPEN_MAILBOX,
            Target.mailbox(AGENCY_BOX), FAMILIARISATION, NO_SERVICE_ACCOUNT, NOT_OF_THE_AGENCY),
        row("K1: the service username must be the employee's own", new Principal.Employee(Scene.identity(HANDLER),
            Authentication.SERVICE_CREDENTIALS, Optional.of(ServiceUsername.of("someone_else"))), WORK_REQUESTS,
            KEP, PRODUCTION, SERVICE_USERNAME_MISMATCH),
        row("D4: the service username matches ignoring case", new Principal.Employee(Scene.identity(HANDLER),
            Authentication.SERVICE_CREDENTIALS, Optional.of(ServiceUsername.of("USER_" + HANDLER.value()))),
            WORK_REQUESTS, KEP, PRODUCTION),
        row("X5: an unknown employee has no standing", withTaxisNet(taxId(30000001)), WORK_REQUESTS, KEP,
            FAMILIARISATION, EMPLOYEE_NOT_REGISTERED, NOT_A_HANDLER),
        row("X2: a request stands for its mailbox", withService(HANDLER), WORK_REQUESTS,
            Target.request(RequestId.of("missing")), PRODUCTION, REQUEST_NOT_FOUND),
        row("L26-1: a document stands for its holder's mailbox", citizen(CITIZEN), OPEN_MAILBOX,
            Target.document(DocumentId.of("missing")), PRODUCTION, DOCUMENT_NOT_FOUND),
        row("L26-3: the host system opens no mailbox", new Principal.HostSystem("hr-feed"), OPEN_MAILBOX, KEP,
            PRODUCTION, PRINCIPAL_NOT_PERMITTED),
        row("C9, K8, X2: every violation at once", withTaxisNet(CLERK), WORK_REQUESTS, KEP, PRODUCTION,
            TAXISNET_LOGIN_IN_PRODUCTION, NO_AUTHORISATION, NOT_A_HANDLER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesAccess(String name, Principal principal, Action action, Target target, Phase phase,
      List<ViolationCode> codes) {
    AccessDecision decision = Access.decide(principal, action, target, SCENE, AccessRules.of(phase));
    assertEquals(codes, decision.codes(), name);
    Rendered.fully(decision.violations());
  }

  @Test
  @DisplayName("C6: an employee who lost status and whose account is suspended is refused")
  void refusesAfterStatusLoss() {
    Actor hr = new Actor(ActorKind.HOST_SYSTEM, "hr-feed");
    Directory after = SCENE
        .evolve(new StatusLost(hr, Scene.T0, HANDLER, Scene.T0, LossReason.RETIREMENT))
        .evolve(new ServiceAccountSuspended(hr, Scene.T0, HANDLER, Clause.C6));
    AccessDecision decision = Access.decide(withService(HANDLER), WORK_REQUESTS, KEP, after,
        AccessRules.of(PRODUCTION));
    assertEquals(List.<ViolationCode>of(STATUS_LOST, SERVICE_ACCOUNT_SUSPENDED), decision.codes());
  }

  @Test
  @DisplayName("L26-3: a refusal names its clause and what was asked")
  void refusalCarriesClauseAndParameters() {
    AccessDecision decision = Access.decide(new Principal.Unauthenticated(), OPEN_MAILBOX, KEP, SCENE,
        AccessRules.of(PRODUCTION));
    assertEquals(Clause.L26_3, decision.violations().get(0).clause());
    assertEquals("OPEN_MAILBOX", decision.violations().get(0).parameter("action"));
  }

  @Test
  @DisplayName("D6, C6: after the governance decision on a loss of status, the former handler has no access at all")
  void statusLossThroughTheDeciderEndsAccess() {
    Decision loss = Rulebook.decide(new RecordStatusLoss(new Principal.HostSystem("hr-feed"), Scene.T0, HANDLER,
        Scene.T0, LossReason.DISMISSAL), SCENE, GovernanceRules.defaults());
    Directory after = SCENE.evolveAll(loss.events());
    AccessDecision decision = Access.decide(withService(HANDLER), WORK_REQUESTS, KEP, after, GovernanceRules.defaults());
    assertEquals(List.<ViolationCode>of(STATUS_LOST, SERVICE_ACCOUNT_SUSPENDED, NO_AUTHORISATION, NOT_A_HANDLER),
        decision.codes());
  }
}
