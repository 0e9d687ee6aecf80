package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.identity.InvalidValueException;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** X4, D1, D2: a profile's bounds, at each bound and one past it (issue 13: PIT survivors). */
class CredentialProfileBoundsTest {

  private static CredentialProfile built(UnaryOperator<ImmutableCredentialProfile.Builder> change) {
    return change.apply(CredentialProfile.builder()).build();
  }

  private static void refused(UnaryOperator<ImmutableCredentialProfile.Builder> change) {
    assertThrows(InvalidValueException.class, () -> built(change));
  }

  @Test
  @DisplayName("D2: lengths of at least 1, the maximum not below the minimum; equal bounds are allowed")
  void lengths() {
    assertDoesNotThrow(() -> built(b -> b.usernameMinLength(1).usernameMaxLength(1)));
    refused(b -> b.usernameMinLength(0));
    refused(b -> b.usernameMinLength(5).usernameMaxLength(4));
    assertDoesNotThrow(() -> built(b -> b.passwordMinLength(4).passwordMaxLength(4)));
    refused(b -> b.passwordMinLength(0).requiredClasses(EnumSet.noneOf(CharacterClass.class)));
    refused(b -> b.passwordMinLength(9).passwordMaxLength(8));
  }

  @Test
  @DisplayName("K5: the minimum password length is at least the number of required classes")
  void lengthCoversTheClasses() {
    assertDoesNotThrow(() -> built(b -> b.passwordMinLength(4)));
    refused(b -> b.passwordMinLength(3));
    assertDoesNotThrow(() -> built(b -> b.passwordMinLength(1).requiredClasses(EnumSet.of(CharacterClass.DIGIT))));
  }

  @Test
  @DisplayName("K5: SPECIAL cannot be required with no specials; without it, no specials is fine")
  void specials() {
    refused(b -> b.passwordSpecials(""));
    assertDoesNotThrow(() -> built(b -> b.passwordSpecials("")
        .requiredClasses(EnumSet.of(CharacterClass.UPPERCASE, CharacterClass.LOWERCASE, CharacterClass.DIGIT))));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"a", "Z", "0", "9", "α", "\u0001", "\u007f"})
  @DisplayName("X4: symbols and specials never hold a letter, a digit, Greek or a control character")
  void plainSymbols(String symbol) {
    refused(b -> b.usernameSymbols("_" + symbol));
    refused(b -> b.passwordSpecials("!" + symbol));
  }

  @Test
  @DisplayName("X4: other symbols are allowed, and the username's length bounds are judged at each end")
  void boundsJudged() {
    CredentialPolicy policy = CredentialPolicy.of(built(b -> b.usernameSymbols("_.~").usernameMinLength(3)
        .usernameMaxLength(5)));
    assertEquals(EnumSet.of(CredentialCode.USERNAME_TOO_SHORT), policy.checkUsername("ab").codes());
    assertEquals(EnumSet.noneOf(CredentialCode.class), policy.checkUsername("a~c").codes());
    assertEquals(EnumSet.noneOf(CredentialCode.class), policy.checkUsername("a.c_e").codes());
    assertEquals(EnumSet.of(CredentialCode.USERNAME_TOO_LONG), policy.checkUsername("abcdef").codes());
    assertEquals("3", policy.checkUsername("ab").violations().get(0).parameters().get("minimum"));
    assertEquals("5", policy.checkUsername("abcdef").violations().get(0).parameters().get("maximum"));
    assertEquals("6", policy.checkUsername("abcdef").violations().get(0).parameters().get("length"));
  }
}
