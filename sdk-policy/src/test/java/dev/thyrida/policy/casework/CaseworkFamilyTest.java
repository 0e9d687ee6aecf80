package dev.thyrida.policy.casework;

import static dev.thyrida.policy.access.Scene.ADMIN;
import static dev.thyrida.policy.access.Scene.AGENCY;
import static dev.thyrida.policy.access.Scene.CITIZEN;
import static dev.thyrida.policy.access.Scene.CLERK;
import static dev.thyrida.policy.access.Scene.HANDLER;
import static dev.thyrida.policy.access.Scene.IDLE_BOX;
import static dev.thyrida.policy.access.Scene.KEP_BOX;
import static dev.thyrida.policy.access.Scene.OTHER_AGENCY;
import static dev.thyrida.policy.access.Scene.OTHER_CITIZEN;
import static dev.thyrida.policy.access.Scene.OUTSIDER;
import static dev.thyrida.policy.access.Scene.T0;
import static dev.thyrida.policy.access.Scene.citizen;
import static dev.thyrida.policy.access.Scene.withService;
import static dev.thyrida.policy.access.Scene.withTaxisNet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.ExtendRetention;
import dev.thyrida.core.command.IssuePersonalDocument;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.DocumentIssued;
import dev.thyrida.core.event.RequestCompleted;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.access.Rendered;
import dev.thyrida.policy.access.Scene;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.rulebook.Rulebook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-1, L26-2, X1, X2: requests, documents and retention")
class CaseworkFamilyTest {

  private static final GovernanceRules PRODUCTION = GovernanceRules.defaults();
  private static final RequestId R1 = RequestId.of("r-1");
  private static final DocumentId D1 = DocumentId.of("d-1");
  private static final Instant LATER = T0.plus(Duration.ofHours(1));

  private static Directory accept(Directory directory, Command... commands) {
    Directory after = directory;
    for (Command command : commands) {
      Decision decision = Rulebook.decide(command, after, PRODUCTION);
      assertTrue(decision.isAccepted(), decision::toString);
      after = after.evolveAll(decision.events());
    }
    return after;
  }

  private static Directory submitted() {
    return accept(Scene.directory(), new SubmitRequest(citizen(CITIZEN), T0, R1, KEP_BOX));
  }

  private static Directory taken() {
    return accept(submitted(), new TakeRequest(withService(HANDLER), T0, R1));
  }

  private static void assertCodes(Directory directory, Command command, ViolationCode... codes) {
    Decision decision = Rulebook.decide(command, directory, PRODUCTION);
    assertEquals(List.of(codes), decision.codes(), decision.toString());
    Rendered.fully(decision.violations());
  }

  @Test
  @DisplayName("C1: a citizen submits to an active KEP mailbox, once per request id")
  void submits() {
    assertEquals(KEP_BOX, submitted().request(R1).orElseThrow().mailbox());
    assertCodes(submitted(), new SubmitRequest(citizen(OTHER_CITIZEN), T0, R1, KEP_BOX), CaseworkCode.REQUEST_EXISTS);
    assertCodes(Scene.directory(), new SubmitRequest(citizen(CITIZEN), T0, R1, IDLE_BOX), AccessCode.MAILBOX_NOT_ACTIVE);
    assertCodes(Scene.directory(), new SubmitRequest(withService(HANDLER), T0, R1, KEP_BOX),
        AccessCode.PRINCIPAL_NOT_PERMITTED);
  }

  @Test
  @DisplayName("X2: an administrator assigns a request to a handler of its mailbox, and to nobody else")
  void assigns() {
    Directory assigned = accept(submitted(), new AssignRequest(withService(ADMIN), T0, R1, HANDLER));
    assertEquals(new RequestState.Assigned(HANDLER, T0), assigned.request(R1).orElseThrow().state());
    assertCodes(submitted(), new AssignRequest(withService(ADMIN), T0, R1, CLERK), CaseworkCode.ASSIGNEE_NOT_A_HANDLER);
    assertCodes(submitted(), new AssignRequest(withService(HANDLER), T0, R1, HANDLER), AccessCode.NOT_AN_ADMINISTRATOR);
  }

  @Test
  @DisplayName("X2: a handler takes a waiting request; an administrator who is no handler does not")
  void takes() {
    assertCodes(taken(), new TakeRequest(withService(HANDLER), T0, R1), CaseworkCode.REQUEST_ALREADY_TAKEN);
    assertCodes(submitted(), new TakeRequest(withService(ADMIN), T0, R1), AccessCode.NOT_A_HANDLER);
    assertCodes(submitted(), new TakeRequest(withService(HANDLER), T0, RequestId.of("nope")),
        AccessCode.REQUEST_NOT_FOUND);
  }

  @Test
  @DisplayName("K8, X5: in production a decided command needs an authorisation for the rules' application")
  void rulesApplication() {
    TakeRequest take = new TakeRequest(withService(HANDLER), T0, R1);
    assertTrue(Rulebook.decide(take, submitted(), PRODUCTION).isAccepted());
    GovernanceRules other = GovernanceRules.builder().application(ApplicationId.of("gov.gr.other-app")).build();
    assertEquals(List.of(AccessCode.NO_AUTHORISATION), Rulebook.decide(take, submitted(), other).codes());
  }

  @Test
  @DisplayName("C8, C9: a handler signed in with TAXISnet works only in familiarisation")
  void phase() {
    TakeRequest take = new TakeRequest(withTaxisNet(HANDLER), T0, R1);
    assertCodes(submitted(), take, AccessCode.TAXISNET_LOGIN_IN_PRODUCTION);
    GovernanceRules familiarisation = GovernanceRules.builder().phase(Phase.FAMILIARISATION).build();
    assertTrue(Rulebook.decide(take, submitted(), familiarisation).isAccepted());
  }

  @Test
  @DisplayName("L26-2, X2: the assigned handler completes a request, delivering the document to the citizen")
  void completes() {
    Decision decision = Rulebook.decide(new CompleteRequest(withService(HANDLER), LATER, R1, D1), taken(), PRODUCTION);
    Actor actor = Actor.of(withService(HANDLER));
    Document document = Document.issued(D1, CITIZEN, new DocumentOrigin.IssuedByAgency(AGENCY, R1), LATER);
    assertEquals(List.of(new DocumentIssued(actor, LATER, document), new RequestCompleted(actor, LATER, R1, HANDLER, D1)),
        decision.events());
  }

  @Test
  @DisplayName("X2: only the assigned handler closes a request, and only once")
  void onlyTheAssignedHandlerCloses() {
    assertCodes(submitted(), new CompleteRequest(withService(HANDLER), T0, R1, D1), CaseworkCode.NOT_THE_ASSIGNED_HANDLER);
    Directory rejected = accept(taken(), new RejectRequest(withService(HANDLER), LATER, R1, "Λείπει η υπεύθυνη δήλωση"));
    assertEquals("Λείπει η υπεύθυνη δήλωση",
        ((RequestState.Rejected) rejected.request(R1).orElseThrow().state()).reason());
    assertCodes(rejected, new CompleteRequest(withService(HANDLER), LATER, R1, D1), CaseworkCode.REQUEST_CLOSED);
  }

  @Test
  @DisplayName("L26-2: an agency places a public document only in answer to a request of that person, "
      + "by a handler of the KEP mailbox it was sent to, for the handler's own agency")
  void placesPublicDocuments() {
    assertTrue(Rulebook.decide(new PlacePublicDocument(withService(HANDLER), T0, D1, CITIZEN, AGENCY, R1), submitted(),
        PRODUCTION).isAccepted());
    assertCodes(submitted(), new PlacePublicDocument(withService(HANDLER), T0, D1, OTHER_CITIZEN, AGENCY, R1),
        CaseworkCode.REQUEST_OF_ANOTHER_PERSON);
    assertCodes(Scene.directory(), new PlacePublicDocument(withService(HANDLER), T0, D1, CITIZEN, AGENCY, R1),
        AccessCode.REQUEST_NOT_FOUND);
    assertCodes(submitted(), new PlacePublicDocument(withService(HANDLER), T0, D1, CITIZEN, OTHER_AGENCY, R1),
        AccessCode.NOT_OF_THE_AGENCY);
    Directory rejected = accept(taken(), new RejectRequest(withService(HANDLER), LATER, R1, "Ελλιπές"));
    assertCodes(rejected, new PlacePublicDocument(withService(HANDLER), LATER, D1, CITIZEN, AGENCY, R1),
        CaseworkCode.REQUEST_REJECTED);
  }

  @Test
  @DisplayName("L26-2, X2: an unrelated agency's employee, or the municipality's who is no handler there, answers "
      + "no citizen's request to a KEP")
  void onlyTheKepsHandlersAnswerItsRequests() {
    assertCodes(submitted(), new PlacePublicDocument(withService(OUTSIDER), T0, D1, CITIZEN, OTHER_AGENCY, R1),
        AccessCode.NO_SERVICE_ACCOUNT, AccessCode.NO_AUTHORISATION, AccessCode.NOT_A_HANDLER);
    assertCodes(submitted(), new PlacePublicDocument(withService(CLERK), T0, D1, CITIZEN, AGENCY, R1),
        AccessCode.NO_AUTHORISATION, AccessCode.NOT_A_HANDLER);
    assertCodes(submitted(), new PlacePublicDocument(withService(OUTSIDER), T0, D1, CITIZEN, OTHER_AGENCY,
        RequestId.of("nope")), AccessCode.NO_SERVICE_ACCOUNT, AccessCode.NO_AUTHORISATION, AccessCode.REQUEST_NOT_FOUND);
  }

  @Test
  @DisplayName("L26-2, C9, K1: in production the issuing employee signs in with their own service account, never "
      + "personal TAXISnet")
  void issuingEmployeePassesTheSignInRules() {
    assertCodes(submitted(), new PlacePublicDocument(withTaxisNet(HANDLER), T0, D1, CITIZEN, AGENCY, R1),
        AccessCode.TAXISNET_LOGIN_IN_PRODUCTION);
    Principal.Employee stranger = new Principal.Employee(Scene.identity(HANDLER), Authentication.SERVICE_CREDENTIALS,
        Optional.of(Scene.username(CLERK)));
    assertCodes(submitted(), new PlacePublicDocument(stranger, T0, D1, CITIZEN, AGENCY, R1),
        AccessCode.SERVICE_USERNAME_MISMATCH);
    assertTrue(Rulebook.decide(new PlacePublicDocument(withTaxisNet(HANDLER), T0, D1, CITIZEN, AGENCY, R1),
        submitted(), GovernanceRules.builder().phase(Phase.FAMILIARISATION).build()).isAccepted());
  }

  @Test
  @DisplayName("L26-1: a person issues their own documents into their own mailbox; an employee does not")
  void issuesPersonalDocuments() {
    Directory issued = accept(Scene.directory(), new IssuePersonalDocument(citizen(CITIZEN), T0, D1));
    assertEquals(List.of(Document.issued(D1, CITIZEN, new DocumentOrigin.IssuedByPerson(), T0)),
        issued.documentsOf(CITIZEN));
    assertCodes(issued, new IssuePersonalDocument(citizen(CITIZEN), T0, D1), CaseworkCode.DOCUMENT_EXISTS);
    assertCodes(Scene.directory(), new IssuePersonalDocument(withService(CLERK), T0, D1), AccessCode.PRINCIPAL_NOT_PERMITTED);
  }

  @Test
  @DisplayName("X1: the holder keeps a document longer, up to 5 years from issue, while it is kept")
  void extendsRetention() {
    Directory issued = accept(Scene.directory(), new IssuePersonalDocument(citizen(CITIZEN), T0, D1));
    Instant year = T0.plus(Duration.ofDays(365));
    assertTrue(Rulebook.decide(new ExtendRetention(citizen(CITIZEN), LATER, D1, year), issued, PRODUCTION).isAccepted());
    assertCodes(issued, new ExtendRetention(citizen(OTHER_CITIZEN), LATER, D1, year), AccessCode.NOT_OWN_MAILBOX);
    assertCodes(issued, new ExtendRetention(citizen(CITIZEN), LATER, D1, T0.plus(Duration.ofDays(365 * 6))),
        CaseworkCode.RETENTION_TOO_LONG);
    assertCodes(issued, new ExtendRetention(citizen(CITIZEN), LATER, D1, T0.plus(Duration.ofDays(10))),
        CaseworkCode.RETENTION_NOT_LONGER);
    assertCodes(issued, new ExtendRetention(citizen(CITIZEN), T0.plus(Duration.ofDays(31)), D1, year),
        CaseworkCode.DOCUMENT_EXPIRED);
  }
}
