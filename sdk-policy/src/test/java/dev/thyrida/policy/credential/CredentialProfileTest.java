package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.identity.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X4, D1, D2: credential profiles are data")
class CredentialProfileTest {

  @Test
  @DisplayName("X4: the three named profiles are found by name; an unknown name names the known ones")
  void named() {
    assertEquals(List.of("default", "lenient", "govgr-howto"), CredentialProfile.names().subList(0, 3));
    CredentialProfile seed = CredentialProfile.named("default");
    assertEquals(8, seed.usernameMinLength());
    assertEquals(64, seed.usernameMaxLength());
    assertEquals(128, seed.passwordMaxLength());
    assertEquals("!@#$^&-_.", seed.passwordSpecials());
    assertEquals(PasswordAlphabet.LENIENT, CredentialProfile.named("lenient").passwordAlphabet());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> CredentialProfile.named("nope"));
    assertTrue(unknown.getMessage().contains("govgr-howto"), unknown.getMessage());
  }

  @Test
  @DisplayName("X4: the gov.gr how-to variant takes a dot in usernames and not in passwords")
  void govgrHowto() {
    CredentialPolicy howto = CredentialPolicy.of(CredentialProfile.named("govgr-howto"));
    assertEquals(Set.of(), howto.checkUsername("maria.pap").codes());
    assertEquals(Set.of(CredentialCode.USERNAME_ILLEGAL_CHARACTER), howto.checkUsername("maria_pap").codes());
    assertEquals(Set.of(CredentialCode.PASSWORD_NO_SPECIAL, CredentialCode.PASSWORD_ILLEGAL_CHARACTER),
        howto.checkPassword("Abcdefg1.").codes());
  }

  @Test
  @DisplayName("X4: an integrator's profile, built without code, changes the rules")
  void custom() {
    CredentialProfile mine = CredentialProfile.builder().usernameMinLength(10)
        .requiredClasses(EnumSet.of(CharacterClass.LOWERCASE, CharacterClass.DIGIT)).build();
    CredentialPolicy policy = CredentialPolicy.of(mine);
    assertEquals(Set.of(CredentialCode.USERNAME_TOO_SHORT), policy.checkUsername("abcdefghi").codes());
    assertEquals(Set.of(), policy.checkPassword("abcdefg1").codes());
    assertEquals("custom", mine.name());
    assertEquals(12, ImmutableCredentialProfile.copyOf(CredentialProfile.named("default")).withUsernameMinLength(12).usernameMinLength());
  }

  @Test
  @DisplayName("X4: a profile no credential could satisfy is refused on construction")
  void refusesNonsense() {
    assertThrows(InvalidValueException.class, () -> CredentialProfile.builder().usernameMinLength(0).build());
    assertThrows(InvalidValueException.class,
        () -> CredentialProfile.builder().passwordMinLength(10).passwordMaxLength(9).build());
    assertThrows(InvalidValueException.class, () -> CredentialProfile.builder().usernameSymbols("a").build());
    assertThrows(InvalidValueException.class, () -> CredentialProfile.builder().passwordSpecials("λ").build());
    assertThrows(InvalidValueException.class, () -> CredentialProfile.builder().passwordSpecials("").build());
  }

  @Test
  @DisplayName("K4: a verdict holds credential codes only, and the valid verdict is shared")
  void verdictShape() {
    assertThrows(InvalidValueException.class, () -> new CredentialVerdict(null));
    assertThrows(InvalidValueException.class, () -> new CredentialVerdict(List.of(Violation.of(ForeignCode.OTHER))));
    assertTrue(CredentialVerdict.of(List.of()) == CredentialVerdict.VALID);
  }
}
