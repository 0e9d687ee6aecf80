package dev.thyrida.policy.account;

import static dev.thyrida.policy.access.Scene.AGENCY_ADMIN;
import static dev.thyrida.policy.access.Scene.HANDLER;
import static dev.thyrida.policy.access.Scene.T0;
import static dev.thyrida.policy.access.Scene.withTaxisNet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.access.Rendered;
import dev.thyrida.policy.access.Scene;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.PasswordHygiene;
import dev.thyrida.policy.credential.hygiene.HygieneCode;
import dev.thyrida.policy.credential.hygiene.PasswordContext;
import dev.thyrida.policy.credential.hygiene.PasswordRecords;
import dev.thyrida.policy.credential.hygiene.Sha256;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D11: the account commands judge password hygiene when the rules' profile switches it on")
class AccountHygieneTest {

  private static final CredentialProfile HYGIENIC = CredentialProfile.builder().name("hygienic")
      .passwordHygiene(EnumSet.allOf(PasswordHygiene.class)).build();

  private static final Function<CharSequence, byte[]> SHA256 = Sha256.HASH;

  /** The host's records: the handler's last two passwords, and one deny-list for everyone. */
  private static final List<TaxId> ASKED = new ArrayList<>();
  private static final PasswordRecords RECORDS = holder -> {
    ASKED.add(holder);
    PasswordContext denied = PasswordContext.none().withDenied(Set.of("Winter#2026"));
    return holder.equals(HANDLER)
        ? denied.withPrevious(List.of(SHA256.apply("Old#Pass2026"), SHA256.apply("Older#Pass2025")), SHA256)
        : denied;
  };

  private static final GovernanceRules STRICT = GovernanceRules.builder().credentialProfile(HYGIENIC)
      .passwordRecords(RECORDS).build();

  private static Decision decide(Command command, GovernanceRules rules) {
    return Rulebook.decide(command, Scene.directory(), rules);
  }

  private static CreateServiceAccount create(String username, String password) {
    return new CreateServiceAccount(withTaxisNet(AGENCY_ADMIN), T0, ServiceUsername.of(username),
        Password.of(password), Password.of(password));
  }

  private static ChangePassword change(String password) {
    return new ChangePassword(withTaxisNet(HANDLER), T0, Password.of(password), Password.of(password));
  }

  private static void assertCodes(Decision decision, ViolationCode... codes) {
    assertEquals(List.of(codes), decision.codes(), decision.toString());
    Rendered.fully(decision.violations());
    for (Violation violation : decision.violations()) {
      assertEquals(Clause.D11, violation.code().clause());
    }
  }

  @Test
  @DisplayName("D11: off by default: the seed's rules accept personal, reused and denied passwords alike")
  void offByDefault() {
    GovernanceRules plain = GovernanceRules.builder().passwordRecords(RECORDS).build();
    ASKED.clear();
    assertTrue(decide(create("maria_pap1", "Xq#maria_pap1"), plain).isAccepted());
    assertTrue(decide(change("Old#Pass2026"), plain).isAccepted());
    assertTrue(decide(change("Winter#2026"), plain).isAccepted());
    assertEquals(List.of(), ASKED, "the host's records are not even read");
  }

  @Test
  @DisplayName("D11: a new account's password may not hold its username or the holder's names (directory and identity, ELOT 743)")
  void createRefusesPersonalWords() {
    assertCodes(decide(create("maria_pap1", "Xq#maria_pap1"), STRICT),
        HygieneCode.PASSWORD_HOLDS_USERNAME, HygieneCode.PASSWORD_HOLDS_NAME);
    assertCodes(decide(create("maria_pap1", "Georgiou#2026"), STRICT), HygieneCode.PASSWORD_HOLDS_NAME);
    assertCodes(decide(create("maria_pap1", "pAPADOPOULOU#9"), STRICT), HygieneCode.PASSWORD_HOLDS_NAME);
    assertTrue(decide(create("maria_pap1", "Kep#2026a"), STRICT).isAccepted());
  }

  @Test
  @DisplayName("D11: nor the TAXISnet user id or the tax id of the verified identity")
  void createRefusesIdentifiers() {
    assertCodes(decide(create("maria_pap1", "Ab#user" + AGENCY_ADMIN.value()), STRICT),
        HygieneCode.PASSWORD_HOLDS_TAXISNET_USER_ID, HygieneCode.PASSWORD_HOLDS_TAX_ID);
  }

  @Test
  @DisplayName("D11: a changed password may not hold the account's username, be a previous one, or be denied")
  void changeRefusesUsernameReuseAndDenied() {
    assertCodes(decide(change("Ab#USER_" + HANDLER.value()), STRICT),
        HygieneCode.PASSWORD_HOLDS_USERNAME, HygieneCode.PASSWORD_HOLDS_TAX_ID);
    Decision reused = decide(change("Older#Pass2025"), STRICT);
    assertCodes(reused, HygieneCode.PASSWORD_REUSED);
    assertEquals("2", reused.violations().get(0).parameter("previous"));
    assertCodes(decide(change("wINTER#2026"), STRICT), HygieneCode.PASSWORD_DENIED);
    assertTrue(decide(change("Kep#2026a"), STRICT).isAccepted());
  }

  @Test
  @DisplayName("D11, D5: no decision, refused or accepted, shows the password")
  void neverEchoed() {
    for (String password : List.of("Xq#maria_pap1", "Older#Pass2025", "wINTER#2026", "Kep#2026a")) {
      Decision decision = decide(change(password), STRICT);
      assertFalse(decision.toString().contains(password), decision.toString());
      for (Violation violation : decision.violations()) {
        assertFalse(String.valueOf(violation.parameters()).contains(password));
      }
    }
  }
}
