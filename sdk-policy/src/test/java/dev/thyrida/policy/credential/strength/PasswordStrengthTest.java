package dev.thyrida.policy.credential.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.policy.credential.CredentialPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("K7: the password strength estimate")
class PasswordStrengthTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "''|WEAK",
      "aaaaaaaa|WEAK",
      "abcdefgh|WEAK",
      "12345678|WEAK",
      "Password1!|WEAK",
      "P@ssw0rd!|WEAK",
      "Qwerty123!|WEAK",
      "Kalimera2024!|FAIR",
      "Maria1985|WEAK",
      "kwdikos!23|WEAK",
      "Thyr1da#Kep7|GOOD",
      "Xk9#mQ2v|STRONG",
      "Tr0ub4dor&3|STRONG",
      "correct-horse-battery-staple|STRONG",
      "vG7$kP2!xQ9@wL4^|STRONG"})
  @DisplayName("K7: each password gets its level")
  void levels(String password, Strength expected) {
    assertEquals(expected, PasswordStrength.estimate(password).strength(),
        () -> password + " " + PasswordStrength.estimate(password));
  }

  @Test
  @DisplayName("K7: the estimate never affects validity, either way")
  void neverAffectsValidity() {
    assertTrue(CredentialPolicy.defaults().checkPassword("Password1!").isValid());
    assertEquals(Strength.WEAK, PasswordStrength.estimate("Password1!").strength());
    assertFalse(CredentialPolicy.defaults().checkPassword("vG7$kP2!xQ9@wL4^λ").isValid());
    assertEquals(Strength.STRONG, PasswordStrength.estimate("vG7$kP2!xQ9@wL4^λ").strength());
  }

  @Test
  @DisplayName("K7, D5: null, a 1 MiB string and lone surrogates are estimated; the estimate holds no password")
  void anyInput() {
    assertEquals(new StrengthEstimate(Strength.WEAK, 0), PasswordStrength.estimate(null));
    assertTrue(PasswordStrength.estimate("\uD800x\uDFFF".repeat(1 << 18)).guessesLog10() > 0);
    assertFalse(PasswordStrength.estimate("Xk9#mQ2v").toString().contains("Xk9"));
  }

  @Test
  @DisplayName("K7: the levels' thresholds are 10^6, 10^8 and 10^10 guesses")
  void thresholds() {
    assertEquals(Strength.WEAK, Strength.of(5.99));
    assertEquals(Strength.FAIR, Strength.of(6));
    assertEquals(Strength.GOOD, Strength.of(8));
    assertEquals(Strength.STRONG, Strength.of(10));
  }
}
