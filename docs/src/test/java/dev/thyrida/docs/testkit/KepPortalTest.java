package dev.thyrida.docs.testkit;

import static dev.thyrida.testkit.dsl.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.clock.ControllableClock;
import dev.thyrida.testkit.dsl.Outcome;
import dev.thyrida.testkit.dsl.Scenario;
import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import dev.thyrida.testkit.hr.FakeHrRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/testkit.md: a host application tested with the fake GSIS server, the HR registry and the DSL")
class KepPortalTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final Principal PORTAL = new Principal.HostSystem("kep-portal");
  private static final AgencyId MUNICIPALITY = AgencyId.of("dimos-athinaion");
  private static final KepCode KEP = KepCode.of("KEP-0042");
  private static final MailboxId MAILBOX = MailboxId.of("mailbox-KEP-0042");
  private static final TaxId MARIA = TaxId.of("010509832");
  private static final TaxId NIKOS = TaxId.of("090000045");
  private static final URI CALLBACK = URI.create("https://portal.example/login/callback");

  // tag::setup[]
  private final ControllableClock clock = ControllableClock.at(MONDAY);
  private final KepPortal portal = new KepPortal();
  private FakeGsisServer gsis;
  private FakeHrRegistry hr;

  @BeforeEach
  void setUp() {
    gsis = FakeGsisServer.builder()
        .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "kep-portal", "s3cret", CALLBACK))
        .client(GsisClient.of(GsisPath.CITIZEN, "kep-portal", "s3cret", CALLBACK))
        .signedIn(GsisPath.PUBLIC_ADMINISTRATION, maria("mpapadopoulou_kep"))   // her service username
        .signedIn(GsisPath.CITIZEN, maria("MPAPADOPOULOU"))                   // her TAXISnet user
        .clock(clock)
        .start();
    hr = FakeHrRegistry.withClock(clock).subscribe(portal::handle);   // HR facts flow into the portal
    portal.handle(new RegisterAgency(PORTAL, clock.instant(), MUNICIPALITY, "Δήμος Αθηναίων"));
    hr.registerKep(KEP, "ΚΕΠ Αθηνών", "Αθήνα");
    portal.handle(new CreateMailbox(PORTAL, clock.instant(), MAILBOX, new MailboxOwner.OfKep(KEP)));
    hr.hire(MARIA, PersonName.of("Μαρία", "Παπαδοπούλου"), MUNICIPALITY);
    hr.postOrganically(MARIA, KEP);
    hr.appointSupervisor(KEP, MARIA);
    hr.hire(NIKOS, PersonName.of("Νίκος", "Γεωργίου"), MUNICIPALITY);
    hr.postOrganically(NIKOS, KEP);
    portal.handle(new AppointAgencyAdministrator(PORTAL, clock.instant(), MUNICIPALITY, MARIA));   // X5
    clock.advance(Duration.ofHours(1));
  }

  /** K2, K3, K8: Maria creates her service account after a TAXISnet login, then authorises herself. */
  private Principal mariaAtWork() throws Exception {
    Principal personal = portal.logIn(login(GsisPath.CITIZEN, Authentication.TAXISNET_PERSONAL));
    Password password = Password.of("Kep#0042-Maria");
    portal.handle(new CreateServiceAccount(personal, clock.instant(), ServiceUsername.of("mpapadopoulou_kep"),
        password, password));
    Principal maria = portal.logIn(login(GsisPath.PUBLIC_ADMINISTRATION, Authentication.SERVICE_CREDENTIALS));
    portal.handle(new GrantAuthorisation(maria, clock.instant(), MARIA, GovernanceRules.KEP_MAILBOX, Set.of()));
    return maria;
  }

  @AfterEach
  void closeGsis() {
    gsis.close();   // frees the port
  }
  // end::setup[]

  // tag::tests[]
  @Test
  @DisplayName("C1, C2, K8: the supervisor logs in with her own service account, authorised, activates the mailbox and adds a user")
  void supervisorActivatesAndAddsHandler() throws Exception {
    Principal maria = mariaAtWork();

    decide(new ActivateMailbox(maria, clock.instant(), MAILBOX))
        .thenEventsContain(new MailboxActivated(Actor.of(maria), clock.instant(), MAILBOX))
        .thenDirectory("Maria administers the active mailbox", directory ->
            directory.mailbox(MAILBOX).orElseThrow().isActive()
                && directory.mailboxesAdministeredBy(MARIA).contains(MAILBOX));
    decide(new AddHandler(maria, clock.instant(), MAILBOX, NIKOS))
        .thenEvents(new HandlerAdded(Actor.of(maria), clock.instant(), MAILBOX, NIKOS));
  }

  @Test
  @DisplayName("C8, C9: in production a login with personal TAXISnet credentials is refused")
  void personalTaxisNetRefusedInProduction() throws Exception {
    mariaAtWork();
    Principal personal = portal.logIn(login(GsisPath.CITIZEN, Authentication.TAXISNET_PERSONAL));

    decide(new ActivateMailbox(personal, clock.instant(), MAILBOX))
        .thenRejected(AccessCode.TAXISNET_LOGIN_IN_PRODUCTION);
  }

  @Test
  @DisplayName("C6, D6: when HR records that a user lost public-servant status, the user is deleted at once")
  void statusLossDeletesTheUser() throws Exception {
    Principal maria = mariaAtWork();
    decide(new ActivateMailbox(maria, clock.instant(), MAILBOX)).thenAccepted();
    decide(new AddHandler(maria, clock.instant(), MAILBOX, NIKOS)).thenAccepted();

    Scenario before = given(portal.journal());
    RecordStatusLoss loss = hr.loseStatus(NIKOS, LossReason.RETIREMENT);   // the portal handles it too
    before.when(loss)
        .thenDirectory("Nikos is no longer a user of the mailbox", directory ->
            !directory.mailbox(MAILBOX).orElseThrow().handlers().contains(NIKOS));
    assertEquals(before.when(loss).directory(), portal.directory());
  }

  /** States what the SDK decides for a command on the portal's history, then lets the portal run it. */
  private Outcome decide(Command command) {
    Outcome expected = given(portal.journal()).when(command);
    portal.handle(command);
    assertEquals(expected.directory(), portal.directory());
    return expected;
  }
  // end::tests[]

  private KepPortal.Login login(GsisPath path, Authentication authentication) {
    return new KepPortal.Login(gsis.authorizeUri(path), gsis.tokenUri(path), gsis.userinfoUri(path),
        "kep-portal", "s3cret", CALLBACK, authentication);
  }

  private static GsisIdentity maria(String userid) {
    return GsisIdentity.builder().userid(userid).taxid(MARIA.value()).lastname("ΠΑΠΑΔΟΠΟΥΛΟΥ")
        .firstname("ΜΑΡΙΑ").fathername("ΓΕΩΡΓΙΟΣ").mothername("ΕΛΕΝΗ").birthyear("1981")
        .characterReferences(true).build().padded(20);
  }
}
