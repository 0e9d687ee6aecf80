package dev.thyrida.core.style;

import static dev.thyrida.core.fixture.EverySampleEvent.APP;
import static dev.thyrida.core.fixture.EverySampleEvent.DOCUMENT;
import static dev.thyrida.core.fixture.EverySampleEvent.POSTING;
import static dev.thyrida.core.fixture.EverySampleEvent.REQUEST;
import static dev.thyrida.core.fixture.Sample.CITIZEN;
import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static dev.thyrida.core.fixture.Sample.OTHER;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.account.Authorisation;
import dev.thyrida.core.account.Role;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.PostingBuilder;
import dev.thyrida.core.staff.StaffBranch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Domain value builders (ADR 0018) — the constructor's checks, unchanged")
class ValueBuildersTest {

  private static PostingBuilder posting(PostingBasis basis) {
    return Posting.builder().id(POSTING).employee(CLERK).kep(KEP).basis(basis)
        .branch(StaffBranch.KEP_STAFF_BRANCH).validFrom(at(0));
  }

  @ParameterizedTest(name = "C3: a {0} posting built without its decision is refused by the constructor")
  @EnumSource(value = PostingBasis.class, names = {"TRANSFER_BY_DECISION", "PLACEMENT_BY_DECISION"})
  void aDecisionBasisStillNeedsItsDecision(PostingBasis basis) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> posting(basis).build());
    assertEquals("Posting", e.valueType());
    assertEquals(new Posting(POSTING, CLERK, KEP, basis, StaffBranch.KEP_STAFF_BRANCH,
            Optional.of(DecisionReference.of("7/2026")), at(0), Optional.empty()),
        posting(basis).decision(DecisionReference.of("7/2026")).build());
  }

  @Test
  @DisplayName("D8: a posting built to end at its start is refused; a null optional part means absent")
  void aPostingEndStillLiesAfterItsStart() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> posting(PostingBasis.ORGANIC_POSITION).validUntil(at(0)).build());
    assertEquals("Posting", e.valueType());
    assertEquals(Optional.empty(),
        posting(PostingBasis.ORGANIC_POSITION).decision((DecisionReference) null).build().decision());
  }

  @Test
  @DisplayName("C1: a KEP built with a blank name or municipality is refused; unset supervisor is none")
  void aKepStillHasAName() {
    assertEquals("Kep", assertThrows(InvalidValueException.class,
        () -> Kep.builder().code(KEP).name(" ").municipality("Δήμος Αθηναίων").build()).valueType());
    assertEquals("Kep", assertThrows(InvalidValueException.class,
        () -> Kep.builder().code(KEP).name("ΚΕΠ Κυψέλης").municipality("\tΔήμος").build()).valueType());
    assertEquals(Kep.of(KEP, "ΚΕΠ Κυψέλης", "Δήμος Αθηναίων"),
        Kep.builder().code(KEP).name("ΚΕΠ Κυψέλης").municipality("Δήμος Αθηναίων").build());
  }

  @Test
  @DisplayName("X6: an identity built with a malformed birth year or parent's name is refused")
  void anIdentityStillChecksItsOptionalParts() {
    TaxisNetUserId user = TaxisNetUserId.of("User011111111");
    PersonName name = PersonName.of("Γιώργος", "Νικολάου");
    assertEquals("AuthenticatedIdentity", assertThrows(InvalidValueException.class,
        () -> AuthenticatedIdentity.builder().taxId(CITIZEN).userId(user).name(name).birthYear(99).build())
        .valueType());
    assertEquals("AuthenticatedIdentity", assertThrows(InvalidValueException.class,
        () -> AuthenticatedIdentity.builder().taxId(CITIZEN).userId(user).name(name).fatherName(" Κώστας").build())
        .valueType());
    assertEquals(AuthenticatedIdentity.of(CITIZEN, user, name),
        AuthenticatedIdentity.builder().taxId(CITIZEN).userId(user).name(name).build());
  }

  @Test
  @DisplayName("X2: a mailbox built with administrators keeps their order of designation")
  void aMailboxKeepsTheAdministratorsInOrder() {
    Mailbox built = Mailbox.builder().id(MAILBOX).owner(new MailboxOwner.OfKep(KEP)).state(MailboxState.ACTIVE)
        .addAdministrators(OTHER, SUPERVISOR).addHandlers(CLERK).build();
    assertEquals(List.of(OTHER, SUPERVISOR), List.copyOf(built.administrators()));
    assertEquals(Mailbox.created(MAILBOX, new MailboxOwner.OfKep(KEP)).withState(MailboxState.ACTIVE)
        .withAdministrator(OTHER).withAdministrator(SUPERVISOR).withHandler(CLERK), built);
  }

  @Test
  @DisplayName("K3, X5: an account and an authorisation built by name equal the named factories")
  void accountsMatchTheirFactories() {
    Authorisation authorisation = Authorisation.builder().application(APP).addRoles(Role.of("clerk"))
        .grantedBy(OTHER).grantedAt(at(2)).build();
    ServiceAccount created = ServiceAccount.created(CLERK, ServiceUsername.of("eleni_d"), at(1));
    assertEquals(created.withAuthorisation(authorisation),
        ServiceAccount.builder().holder(CLERK).username(ServiceUsername.of("eleni_d")).createdAt(at(1))
            .changedAt(at(1)).state(created.state()).putAuthorisations(APP, authorisation).build());
  }

  @Test
  @DisplayName("C3, L26-2, X1: an employee, a request and a document built by name equal the factories")
  void staffAndCasesMatchTheirFactories() {
    PersonName name = PersonName.of("Ελένη", "Δημητρίου");
    Employee active = Employee.active(CLERK, name, MUNICIPALITY);
    assertEquals(active,
        Employee.builder().taxId(CLERK).name(name).agency(MUNICIPALITY).status(active.status()).build());
    CitizenRequest submitted = CitizenRequest.submitted(REQUEST, CITIZEN, MAILBOX, at(2));
    assertEquals(submitted, CitizenRequest.builder().id(REQUEST).citizen(CITIZEN).mailbox(MAILBOX)
        .submittedAt(at(2)).state(submitted.state()).build());
    Document issued = Document.issued(DOCUMENT, CITIZEN, new DocumentOrigin.IssuedByPerson(), at(5));
    assertEquals(issued, Document.builder().id(DOCUMENT).holder(CITIZEN).origin(new DocumentOrigin.IssuedByPerson())
        .issuedAt(at(5)).retention(issued.retention()).build());
  }

  @Test
  @DisplayName("a builder is strict: a component set twice fails naming it")
  void aComponentSetTwiceIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Kep.builder().code(KEP).code(KEP));
    assertEquals(true, e.getMessage().endsWith("already set: code"), e.getMessage());
  }
}
