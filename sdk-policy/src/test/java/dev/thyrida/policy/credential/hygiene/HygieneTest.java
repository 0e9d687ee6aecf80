package dev.thyrida.policy.credential.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.PasswordHygiene;
import dev.thyrida.policy.explain.Messages;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D11: password hygiene beyond K5, off by default, switched on by a profile")
class HygieneTest {

  private static final CredentialProfile STRICT = CredentialProfile.builder().name("hygienic")
      .passwordHygiene(EnumSet.allOf(PasswordHygiene.class)).build();

  private static final Function<CharSequence, byte[]> SHA256 = Sha256.HASH;

  /**
   * Built in each test, not once at class load: mutation testing only sees code that runs inside
   * a test (issue 13: PIT left these builders "uncovered" while they were a static field).
   */
  private static PasswordContext maria() {
    return PasswordContext.none()
        .withPerson(Optional.of("maria_pap"), Optional.of("User068933130"), Optional.of("068933130"),
            Optional.of(PersonName.of("Μαρία", "Παπαδοπούλου")))
        .withPrevious(List.of(SHA256.apply("Old-Pass-1"), SHA256.apply("Old-Pass-2")), SHA256)
        .withDenied(Set.of("Password1!", "Qwerty-123"));
  }

  private static Set<HygieneCode> codes(CredentialProfile profile, String password) {
    return Hygiene.check(profile, password, maria()).stream().map(v -> (HygieneCode) v.code())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(HygieneCode.class)));
  }

  @Test
  @DisplayName("D11: the default profile switches nothing on")
  void offByDefault() {
    assertEquals(Set.of(), codes(CredentialProfile.named("default"), "Maria_Pap-068933130"));
    assertEquals(Set.of(), codes(CredentialProfile.named("default"), "Old-Pass-1"));
  }

  @Test
  @DisplayName("D11: the username, TAXISnet id, tax id and names are found ignoring case, names also in ELOT 743")
  void personalData() {
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_HOLDS_USERNAME, HygieneCode.PASSWORD_HOLDS_NAME),
        codes(STRICT, "X!MARIA_PAP9"));
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_HOLDS_TAXISNET_USER_ID, HygieneCode.PASSWORD_HOLDS_TAX_ID),
        codes(STRICT, "a!user068933130"));
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_HOLDS_NAME), codes(STRICT, "Papadopoulou-77"));
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_HOLDS_NAME), codes(STRICT, "xx-MARIA-77"));
    assertEquals(Set.of(), codes(STRICT, "Kx7!vB9@qZ"));
  }

  @Test
  @DisplayName("D11: a previous password (by the host's hash) and a denied one (ignoring case) are refused")
  void reuseAndDenyList() {
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_REUSED), codes(STRICT, "Old-Pass-2"));
    assertEquals(EnumSet.of(HygieneCode.PASSWORD_DENIED), codes(STRICT, "PASSWORD1!"));
    Violation reused = Hygiene.check(STRICT, "Old-Pass-1", maria()).get(0);
    assertEquals("2", reused.parameter("previous"));
  }

  @Test
  @DisplayName("D11, D5: every code has a message in both languages naming only its parameters; none echoes the password")
  void messages() {
    for (HygieneCode code : HygieneCode.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("el"))) {
        String template = Messages.template(HygieneCode.class, code.name(), locale);
        assertEquals(new HashSet<>(code.parameters()), Messages.placeholders(template), code + " " + locale);
        assertTrue(Character.isUpperCase(template.codePointAt(0)), template);
      }
    }
    for (Violation violation : Hygiene.check(STRICT, "Maria_Pap-Old", maria())) {
      assertFalse(Messages.render(violation, Locale.ENGLISH).contains("Maria_Pap-Old"));
    }
  }

  @Test
  @DisplayName("D11: a personal word counts from three characters on; a two-character one is never looked for")
  void shortestWord() {
    PasswordContext three = PasswordContext.none().withPerson(Optional.of("abq"), Optional.empty(), Optional.empty(),
        Optional.empty());
    PasswordContext two = PasswordContext.none().withPerson(Optional.of("ab"), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertEquals(List.of(HygieneCode.PASSWORD_HOLDS_USERNAME),
        Hygiene.check(STRICT, "Xx-abq-77", three).stream().map(Violation::code).toList());
    assertEquals(List.of(), Hygiene.check(STRICT, "Xx-ab-77", two));
  }
}
