package dev.thyrida.policy.account;

import static dev.thyrida.policy.access.Scene.ADMIN;
import static dev.thyrida.policy.access.Scene.AGENCY_ADMIN;
import static dev.thyrida.policy.access.Scene.CITIZEN;
import static dev.thyrida.policy.access.Scene.CLERK;
import static dev.thyrida.policy.access.Scene.HANDLER;
import static dev.thyrida.policy.access.Scene.OUTSIDER;
import static dev.thyrida.policy.access.Scene.T0;
import static dev.thyrida.policy.access.Scene.citizen;
import static dev.thyrida.policy.access.Scene.taxId;
import static dev.thyrida.policy.access.Scene.withService;
import static dev.thyrida.policy.access.Scene.withTaxisNet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.WithdrawAuthorisation;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.AuthorisationWithdrawn;
import dev.thyrida.core.event.PasswordChanged;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.access.AccessRules;
import dev.thyrida.policy.access.Rendered;
import dev.thyrida.policy.access.Scene;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.explain.Explanations;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K2, K3, K5, K6, K8, X5, D4, D5: service accounts and authorisations")
class AccountFamilyTest {

  private static final Directory SCENE = Scene.directory();
  private static final String GOOD = "Kep#2026a";
  private static final ApplicationId ERGANI = ApplicationId.of("ergani");

  /** The scene once the agency administrator has their own service account, as production needs (K1, C9). */
  private static final Directory ADMINISTERED = SCENE.evolve(new ServiceAccountCreated(
      Actor.of(withTaxisNet(AGENCY_ADMIN)), T0, AGENCY_ADMIN, Scene.username(AGENCY_ADMIN)));

  private static Decision decide(Command command) {
    Directory directory = command instanceof GrantAuthorisation || command instanceof ChangeAuthorisation
        || command instanceof WithdrawAuthorisation ? ADMINISTERED : SCENE;
    return Rulebook.decide(command, directory, GovernanceRules.defaults());
  }

  private static CreateServiceAccount create(Principal actor, String username, String password, String confirmation) {
    return new CreateServiceAccount(actor, T0, ServiceUsername.of(username), Password.of(password),
        Password.of(confirmation));
  }

  private static void assertCodes(Decision decision, ViolationCode... codes) {
    assertEquals(List.of(codes), decision.codes(), decision.toString());
    Rendered.fully(decision.violations());
  }

  @Test
  @DisplayName("K2, K3: an employee signed in with TAXISnet creates their own account; the event holds no password (D5)")
  void createsTheAccount() {
    Decision decision = decide(create(withTaxisNet(AGENCY_ADMIN), "maria_pap1", GOOD, GOOD));
    assertEquals(List.of(new ServiceAccountCreated(Actor.of(withTaxisNet(AGENCY_ADMIN)), T0, AGENCY_ADMIN,
        ServiceUsername.of("maria_pap1"))), decision.events());
    assertFalse(decision.toString().contains(GOOD));
    assertTrue(SCENE.evolveAll(decision.events()).account(AGENCY_ADMIN).isPresent());
  }

  @Test
  @DisplayName("K2: service credentials, a citizen or nobody may not create one")
  void refusesOtherActors() {
    assertCodes(decide(create(withService(CLERK), "maria_pap1", GOOD, GOOD)),
        AccessCode.NOT_SIGNED_IN_WITH_TAXISNET, AccountCode.ACCOUNT_EXISTS);
    assertCodes(decide(create(citizen(CITIZEN), "maria_pap1", GOOD, GOOD)), AccessCode.PRINCIPAL_NOT_PERMITTED);
    assertCodes(decide(create(new Principal.Unauthenticated(), "maria_pap1", GOOD, GOOD)),
        AccessCode.NOT_AUTHENTICATED);
  }

  @Test
  @DisplayName("K3: one account per employee")
  void oneAccountPerEmployee() {
    assertCodes(decide(create(withTaxisNet(HANDLER), "maria_pap1", GOOD, GOOD)), AccountCode.ACCOUNT_EXISTS);
  }

  @Test
  @DisplayName("D4: the username is unique ignoring case and is not the TAXISnet user id")
  void usernameIsUniqueAndNotTaxisNet() {
    String taken = Scene.username(HANDLER).value().toUpperCase();
    assertCodes(decide(create(withTaxisNet(AGENCY_ADMIN), taken, GOOD, GOOD)), AccountCode.USERNAME_TAKEN);
    String taxisNet = "user" + AGENCY_ADMIN.value();
    assertCodes(decide(create(withTaxisNet(AGENCY_ADMIN), taxisNet, GOOD, GOOD)),
        CredentialCode.USERNAME_SAME_AS_TAXISNET);
  }

  @Test
  @DisplayName("K4, K5, K6: credential violations appear as the credential policy reports them, with no password (D5)")
  void credentialViolationsAsTheyAre() {
    Decision decision = decide(create(withTaxisNet(AGENCY_ADMIN), "μαρία", "abc", "abd"));
    List<Violation> expected = new ArrayList<>(CredentialPolicy.defaults()
        .checkUsername("μαρία", Optional.of("User" + AGENCY_ADMIN.value())).violations());
    expected.addAll(CredentialPolicy.defaults().checkPassword("abc", "abd").violations());
    assertEquals(expected, decision.violations());
    assertTrue(decision.codes().contains(CredentialCode.PASSWORD_CONFIRMATION_MISMATCH));
    assertFalse(decision.toString().contains("abc"));
  }

  @Test
  @DisplayName("K4, X4: the rules' credential profile judges the username: a dot is refused by default, taken by govgr-howto")
  void rulesCredentialProfile() {
    CreateServiceAccount dotted = create(withTaxisNet(AGENCY_ADMIN), "maria.pap1", GOOD, GOOD);
    assertEquals(CredentialPolicy.defaults().checkUsername("maria.pap1").violations(), decide(dotted).violations());
    assertFalse(decide(dotted).violations().isEmpty());
    GovernanceRules howTo = GovernanceRules.builder().credentialProfile(CredentialProfile.named("govgr-howto")).build();
    assertTrue(Rulebook.decide(dotted, SCENE, howTo).isAccepted());
  }

  @Test
  @DisplayName("X5, C6: an unregistered employee, or one who lost status, creates no account")
  void onlyPublicServants() {
    assertCodes(decide(create(withTaxisNet(taxId(30000001)), "maria_pap1", GOOD, GOOD)),
        AccessCode.EMPLOYEE_NOT_REGISTERED);
    Directory lost = SCENE.evolve(new StatusLost(new Actor(ActorKind.HOST_SYSTEM, "hr"), T0, AGENCY_ADMIN, T0,
        LossReason.RESIGNATION));
    Decision decision = Rulebook.decide(create(withTaxisNet(AGENCY_ADMIN), "maria_pap1", GOOD, GOOD), lost,
        GovernanceRules.defaults());
    assertCodes(decision, AccessCode.STATUS_LOST);
  }

  @Test
  @DisplayName("K3, K5, K6: the holder changes the password; no account, no change")
  void changesThePassword() {
    Decision decision = decide(new ChangePassword(withTaxisNet(HANDLER), T0, Password.of(GOOD), Password.of(GOOD)));
    assertEquals(List.of(new PasswordChanged(Actor.of(withTaxisNet(HANDLER)), T0, HANDLER)), decision.events());
    assertCodes(decide(new ChangePassword(withTaxisNet(AGENCY_ADMIN), T0, Password.of(GOOD), Password.of(GOOD))),
        AccessCode.NO_SERVICE_ACCOUNT);
    assertCodes(decide(new ChangePassword(withTaxisNet(HANDLER), T0, Password.of(GOOD), Password.of(GOOD + "x"))),
        CredentialCode.PASSWORD_CONFIRMATION_MISMATCH);
  }

  @Test
  @DisplayName("K3, D4: the holder changes the username, to one nobody else has ignoring case")
  void changesTheUsername() {
    ServiceUsername own = Scene.username(HANDLER);
    assertTrue(decide(new ChangeUsername(withTaxisNet(HANDLER), T0, ServiceUsername.of("new_name_1"))).isAccepted());
    assertTrue(decide(new ChangeUsername(withTaxisNet(HANDLER), T0,
        ServiceUsername.of(own.value().toUpperCase()))).isAccepted());
    assertCodes(decide(new ChangeUsername(withTaxisNet(HANDLER), T0, own)), AccountCode.USERNAME_UNCHANGED);
    assertCodes(decide(new ChangeUsername(withTaxisNet(HANDLER), T0,
        ServiceUsername.of(Scene.username(ADMIN).value().toUpperCase()))), AccountCode.USERNAME_TAKEN);
  }

  @Test
  @DisplayName("K8, X5: an administrator of the employee's own agency grants an authorisation")
  void grants() {
    Decision decision = decide(new GrantAuthorisation(withService(AGENCY_ADMIN), T0, CLERK, ERGANI,
        Set.of(Role.of("reader"))));
    assertEquals(List.of(new AuthorisationGranted(Actor.of(withService(AGENCY_ADMIN)), T0, CLERK, ERGANI,
        Set.of(Role.of("reader")), AGENCY_ADMIN)), decision.events());
  }

  @Test
  @DisplayName("K8, X5: nobody else grants, only to a registered employee with an account, and only once")
  void refusesGrants() {
    assertCodes(decide(new GrantAuthorisation(withService(HANDLER), T0, CLERK, ERGANI, Set.of())),
        AccessCode.NOT_AGENCY_ADMINISTRATOR);
    assertCodes(decide(new GrantAuthorisation(withService(AGENCY_ADMIN), T0, OUTSIDER, ERGANI, Set.of())),
        AccessCode.NOT_AGENCY_ADMINISTRATOR, AccessCode.NO_SERVICE_ACCOUNT);
    assertCodes(decide(new GrantAuthorisation(withService(AGENCY_ADMIN), T0, taxId(30000001), ERGANI, Set.of())),
        AccessCode.EMPLOYEE_NOT_REGISTERED);
    assertCodes(decide(new GrantAuthorisation(withService(AGENCY_ADMIN), T0, HANDLER, AccessRules.KEP_MAILBOX,
        Set.of())), AccountCode.AUTHORISATION_EXISTS);
    assertCodes(decide(new GrantAuthorisation(new Principal.Unauthenticated(), T0, CLERK, ERGANI, Set.of())),
        AccessCode.NOT_AUTHENTICATED);
  }

  @Test
  @DisplayName("K1, C9, K8: in production the agency administrator authorises signed in as their own account, "
      + "which needs no authorisation for the mailboxes' application itself")
  void agencyAdministratorSignsInAsTheirOwnAccount() {
    GrantAuthorisation byNoAccount = new GrantAuthorisation(withService(AGENCY_ADMIN), T0, CLERK, ERGANI, Set.of());
    assertCodes(Rulebook.decide(byNoAccount, SCENE, GovernanceRules.defaults()), AccessCode.NO_SERVICE_ACCOUNT);
    assertCodes(decide(new GrantAuthorisation(withTaxisNet(AGENCY_ADMIN), T0, CLERK, ERGANI, Set.of())),
        AccessCode.TAXISNET_LOGIN_IN_PRODUCTION);
    assertTrue(ADMINISTERED.account(AGENCY_ADMIN).orElseThrow().authorisation(AccessRules.KEP_MAILBOX).isEmpty());
    assertTrue(decide(new GrantAuthorisation(withService(AGENCY_ADMIN), T0, AGENCY_ADMIN, AccessRules.KEP_MAILBOX,
        Set.of())).isAccepted());
  }

  @Test
  @DisplayName("X5: the roles of an authorisation in place change; the same roles or no authorisation are refused")
  void changesRoles() {
    assertTrue(decide(new ChangeAuthorisation(withService(AGENCY_ADMIN), T0, HANDLER, AccessRules.KEP_MAILBOX,
        Set.of(Role.of("supervisor")))).isAccepted());
    assertCodes(decide(new ChangeAuthorisation(withService(AGENCY_ADMIN), T0, HANDLER, AccessRules.KEP_MAILBOX,
        Set.of(Role.of("user")))), AccountCode.ROLES_UNCHANGED);
    assertCodes(decide(new ChangeAuthorisation(withService(AGENCY_ADMIN), T0, CLERK, ERGANI, Set.of())),
        AccountCode.AUTHORISATION_MISSING);
  }

  @Test
  @DisplayName("X5, C6: an authorisation is withdrawn, even from an employee who lost status")
  void withdraws() {
    Directory lost = ADMINISTERED.evolve(new StatusLost(new Actor(ActorKind.HOST_SYSTEM, "hr"), T0, HANDLER, T0,
        LossReason.RETIREMENT));
    WithdrawAuthorisation withdraw = new WithdrawAuthorisation(withService(AGENCY_ADMIN), T0, HANDLER,
        AccessRules.KEP_MAILBOX);
    Decision decision = Rulebook.decide(withdraw, lost, GovernanceRules.defaults());
    assertEquals(List.of(new AuthorisationWithdrawn(Actor.of(withService(AGENCY_ADMIN)), T0, HANDLER,
        AccessRules.KEP_MAILBOX, Clause.X5)), decision.events());
    assertCodes(decide(new WithdrawAuthorisation(withService(AGENCY_ADMIN), T0, CLERK, ERGANI)),
        AccountCode.AUTHORISATION_MISSING);
  }

  @Test
  @DisplayName("D5: the explanation of an account decision, accepted or rejected, never shows the password")
  void explanationHidesThePassword() {
    for (Decision decision : List.of(decide(create(withTaxisNet(AGENCY_ADMIN), "maria_pap1", GOOD, GOOD)),
        decide(create(withTaxisNet(AGENCY_ADMIN), "maria_pap1", GOOD, "Other#2026b")))) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("el"))) {
        String text = Explanations.explain(decision, locale).toString();
        assertFalse(text.contains(GOOD) || text.contains("Other#2026b"), text);
      }
    }
  }
}
