package dev.thyrida.policy.credential;

import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_CONFIRMATION_MISMATCH;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_GREEK_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_ILLEGAL_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_DIGIT;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_LOWERCASE;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_SPECIAL;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_UPPERCASE;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_REQUIRED;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_TOO_LONG;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_TOO_SHORT;
import static dev.thyrida.policy.credential.CodeRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("K5, K6, D1, D2, D3, D5: the password rules")
class PasswordRuleTest {

  private static final CredentialPolicy STRICT = CredentialPolicy.defaults();
  private static final CredentialPolicy LENIENT = CredentialPolicy.of(CredentialProfile.named("lenient"));

  static Stream<Arguments> rows() {
    return Stream.of(
        row("K5: null is required", null, PASSWORD_REQUIRED),
        row("K5: empty is required, nothing else", "", PASSWORD_REQUIRED),
        row("K5: all four classes in 8", "Abcdef1!"),
        row("K5: exactly 7 code points", "Abcde1!", PASSWORD_TOO_SHORT),
        row("D2: 128 code points", "Ab1!" + "x".repeat(124)),
        row("D2: 129 code points", "Ab1!" + "x".repeat(125), PASSWORD_TOO_LONG),
        row("K5: no upper case", "abcdef1!", PASSWORD_NO_UPPERCASE),
        row("K5: no lower case", "ABCDEF1!", PASSWORD_NO_LOWERCASE),
        row("K5: no digit", "Abcdefg!", PASSWORD_NO_DIGIT),
        row("K5: no special", "Abcdefg1", PASSWORD_NO_SPECIAL),
        row("K5: only a space", " ", PASSWORD_TOO_SHORT, PASSWORD_NO_UPPERCASE, PASSWORD_NO_LOWERCASE,
            PASSWORD_NO_DIGIT, PASSWORD_NO_SPECIAL, PASSWORD_ILLEGAL_CHARACTER),
        row("D3: a Greek letter that looks Latin", "\u0391bcdef1!", PASSWORD_NO_UPPERCASE,
            PASSWORD_GREEK_CHARACTER),
        row("D3: Cyrillic look-alike is illegal", "A\u0430bcde1!", PASSWORD_ILLEGAL_CHARACTER),
        row("D3: full-width digit is illegal", "Abcdef\uFF11!", PASSWORD_NO_DIGIT, PASSWORD_ILLEGAL_CHARACTER),
        row("D3: micro sign", "Abcdef1!\u00B5", PASSWORD_ILLEGAL_CHARACTER),
        row("D3: ohm sign", "Abcdef1!\u2126", PASSWORD_ILLEGAL_CHARACTER),
        row("D1: zero-width space", "Abc\u200Bdef1!", PASSWORD_ILLEGAL_CHARACTER),
        row("D1: leading space", " Abcdef1!", PASSWORD_ILLEGAL_CHARACTER),
        row("D1: trailing space", "Abcdef1! ", PASSWORD_ILLEGAL_CHARACTER),
        row("D1: tab", "Abc\tdef1!", PASSWORD_ILLEGAL_CHARACTER),
        row("D2: emoji counts once, 7 in all", "Abcd1!\uD83D\uDE00", PASSWORD_TOO_SHORT,
            PASSWORD_ILLEGAL_CHARACTER),
        row("D1: lone surrogate", "Abcdef1!\uD800", PASSWORD_ILLEGAL_CHARACTER));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @DisplayName("K5: each password gives exactly its codes under the strict default")
  void givesExactlyItsCodes(String name, String password, Set<CredentialCode> expected) {
    assertEquals(expected, STRICT.checkPassword(password).codes(), name);
  }

  @Test
  @DisplayName("K5, D1: every ASCII punctuation mark against the nine specials, strict and lenient")
  void asciiPunctuation() {
    String specials = "!@#$^&-_.";
    for (char c = '!'; c <= '~'; c++) {
      if (Character.isLetterOrDigit(c)) {
        continue;
      }
      boolean special = specials.indexOf(c) >= 0;
      Set<CredentialCode> strict = special ? Set.of() : Set.of(PASSWORD_NO_SPECIAL, PASSWORD_ILLEGAL_CHARACTER);
      Set<CredentialCode> lenient = special ? Set.of() : Set.of(PASSWORD_NO_SPECIAL);
      assertEquals(strict, STRICT.checkPassword("Abcdefg1" + c).codes(), "strict " + c);
      assertEquals(lenient, LENIENT.checkPassword("Abcdefg1" + c).codes(), "lenient " + c);
    }
  }

  @Test
  @DisplayName("D1: the lenient profile admits a space but still refuses Greek and non-ASCII")
  void lenient() {
    assertEquals(Set.of(), LENIENT.checkPassword("Abc def1!").codes());
    assertEquals(Set.of(PASSWORD_GREEK_CHARACTER), LENIENT.checkPassword("Abcdef1!λ").codes());
    assertEquals(Set.of(PASSWORD_ILLEGAL_CHARACTER), LENIENT.checkPassword("Abcdef1!\u00E9").codes());
  }

  @Test
  @DisplayName("D5: a password violation names positions, never characters")
  void positionsOnly() {
    String password = "Abλcdef1!\u00E9";
    for (Violation violation : STRICT.checkPassword(password).violations()) {
      for (String value : violation.parameters().values()) {
        assertFalse(value.contains("λ") || value.contains("\u00E9") || value.contains("U+"), value);
      }
    }
    Violation greek = STRICT.checkPassword(password).violations().get(0);
    assertEquals(PASSWORD_GREEK_CHARACTER, greek.code());
    assertEquals(PASSWORD_GREEK_CHARACTER.parameters(), List.copyOf(greek.parameters().keySet()));
    assertEquals("2", greek.parameter("index"));
    assertFalse(STRICT.checkPassword(password).toString().contains("Ab"));
  }

  @Test
  @DisplayName("K5: the missing special names the profile's specials")
  void namesSpecials() {
    assertEquals("! @ # $ ^ & - _ .", STRICT.checkPassword("Abcdefg1").violations().get(0).parameter("specials"));
  }

  @Test
  @DisplayName("K6: the confirmation must equal the password; null counts as empty")
  void confirmation() {
    assertEquals(Set.of(), STRICT.checkPassword("Abcdef1!", "Abcdef1!").codes());
    assertEquals(Set.of(PASSWORD_CONFIRMATION_MISMATCH), STRICT.checkPassword("Abcdef1!", "Abcdef1?").codes());
    assertEquals(Set.of(PASSWORD_CONFIRMATION_MISMATCH), STRICT.checkPassword("Abcdef1!", "Abcdef1!x").codes());
    assertEquals(Set.of(PASSWORD_CONFIRMATION_MISMATCH), STRICT.checkPassword("Abcdef1!", null).codes());
    assertEquals(Set.of(PASSWORD_REQUIRED), STRICT.checkPassword("", "x").codes());
    assertTrue(CredentialPolicy.confirmationMatches(null, ""));
    assertFalse(CredentialPolicy.confirmationMatches("ab", "ba"));
    assertFalse(CredentialPolicy.confirmationMatches("abab", "ab"));
  }

  @Test
  @DisplayName("D2: a 1 MiB password is judged and lists at most 16 indexes")
  void hugeInput() {
    CredentialVerdict verdict = STRICT.checkPassword("λ".repeat(1 << 20));
    Violation greek = verdict.violations().get(verdict.violations().size() - 1);
    assertEquals(PASSWORD_GREEK_CHARACTER, greek.code());
    assertTrue(greek.parameter("indexes").endsWith("15, …"), greek.parameter("indexes"));
  }
}
