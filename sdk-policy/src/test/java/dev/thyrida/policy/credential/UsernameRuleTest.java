package dev.thyrida.policy.credential;

import static dev.thyrida.policy.credential.CredentialCode.USERNAME_GREEK_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_ILLEGAL_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_REQUIRED;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_SAME_AS_TAXISNET;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_TOO_LONG;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_TOO_SHORT;
import static dev.thyrida.policy.credential.CodeRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.Violation;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("K4, D2, D3, D4: the username rules of the default profile")
class UsernameRuleTest {

  private static final CredentialPolicy POLICY = CredentialPolicy.defaults();

  static Stream<Arguments> rows() {
    return Stream.of(
        row("K4: null is required", null, USERNAME_REQUIRED),
        row("K4: empty is required, nothing else", "", USERNAME_REQUIRED),
        row("K4: 8 Latin letters", "abcdefgh"),
        row("K4: letters, digits and underscore", "Maria_Pap1"),
        row("K4: exactly 7 code points", "abcdefg", USERNAME_TOO_SHORT),
        row("K4: a single character", "a", USERNAME_TOO_SHORT),
        row("D2: 64 code points", "a".repeat(64)),
        row("D2: 65 code points", "a".repeat(65), USERNAME_TOO_LONG),
        row("D3: all Greek", "μαριαπαπ", USERNAME_GREEK_CHARACTER),
        row("D3: Greek Alpha U+0391 that looks Latin", "\u0391ndreas12", USERNAME_GREEK_CHARACTER),
        row("D3: Greek Extended U+1F00", "andreas\u1F00", USERNAME_GREEK_CHARACTER),
        row("D3: Cyrillic A U+0410 is illegal, not Greek", "\u0410ndreas12", USERNAME_ILLEGAL_CHARACTER),
        row("D3: full-width A U+FF21 is illegal", "\uFF21ndreas12", USERNAME_ILLEGAL_CHARACTER),
        row("D3: micro sign U+00B5 is illegal, not Greek", "andreas\u00B5", USERNAME_ILLEGAL_CHARACTER),
        row("D3: ohm sign U+2126 is illegal, not Greek", "andreas\u2126", USERNAME_ILLEGAL_CHARACTER),
        row("K4: zero-width space", "andreas\u200B1", USERNAME_ILLEGAL_CHARACTER),
        row("K4: leading space", " andreas1", USERNAME_ILLEGAL_CHARACTER),
        row("K4: trailing space", "andreas1 ", USERNAME_ILLEGAL_CHARACTER),
        row("K4: tab", "andreas\t1", USERNAME_ILLEGAL_CHARACTER),
        row("K4: dot is not in the default alphabet", "maria.pap", USERNAME_ILLEGAL_CHARACTER),
        row("D2: an emoji is one code point, 7 in all", "andrea\uD83D\uDE00", USERNAME_TOO_SHORT,
            USERNAME_ILLEGAL_CHARACTER),
        row("D2: an emoji is one code point, 8 in all", "andreas\uD83D\uDE00", USERNAME_ILLEGAL_CHARACTER),
        row("K4: a lone high surrogate", "andreas\uD83D", USERNAME_ILLEGAL_CHARACTER),
        row("K4: a lone low surrogate", "\uDE00andreas", USERNAME_ILLEGAL_CHARACTER),
        row("K4: a NUL control", "andreas\u00001", USERNAME_ILLEGAL_CHARACTER),
        row("K4: short, Greek and illegal at once", "αb c", USERNAME_TOO_SHORT, USERNAME_GREEK_CHARACTER,
            USERNAME_ILLEGAL_CHARACTER));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @DisplayName("K4: each username gives exactly its codes")
  void givesExactlyItsCodes(String name, String username, Set<CredentialCode> expected) {
    assertEquals(expected, POLICY.checkUsername(username).codes(), name);
  }

  @Test
  @DisplayName("K4: every ASCII punctuation mark but the underscore is illegal in a username")
  void asciiPunctuation() {
    for (char c = '!'; c <= '~'; c++) {
      if (Character.isLetterOrDigit(c)) {
        continue;
      }
      Set<CredentialCode> expected = c == '_' ? Set.of() : Set.of(USERNAME_ILLEGAL_CHARACTER);
      assertEquals(expected, POLICY.checkUsername("abcdefgh" + c).codes(), "character " + c);
    }
  }

  @Test
  @DisplayName("D4: the TAXISnet user id is refused ignoring case, and only when given")
  void sameAsTaxisNet() {
    assertEquals(Set.of(USERNAME_SAME_AS_TAXISNET),
        POLICY.checkUsername("user068933130", Optional.of("User068933130")).codes());
    assertEquals(Set.of(), POLICY.checkUsername("user068933130", Optional.empty()).codes());
    assertEquals(Set.of(), POLICY.checkUsername("user068933131", Optional.of("User068933130")).codes());
  }

  @Test
  @DisplayName("K4: a Greek look-alike names its index, code point, Unicode name and the hint")
  void namesTheCharacter() {
    Violation violation = POLICY.checkUsername("ab\u0391ndreas").violations().get(0);
    assertEquals(Clause.K4, violation.clause());
    assertEquals("2", violation.parameter("index"));
    assertEquals("U+0391", violation.parameter("codePoint"));
    assertEquals("GREEK CAPITAL LETTER ALPHA", violation.parameter("name"));
    assertEquals("A", violation.parameter("lookalike"));
    assertEquals("1", violation.parameter("count"));
  }

  @Test
  @DisplayName("K4: code-point indexes count an emoji once; a zero-width space is flagged invisible")
  void indexesAndInvisible() {
    Violation violation = POLICY.checkUsername("\uD83D\uDE00andreas\u200B").violations().get(0);
    assertEquals("0: U+1F600 GRINNING FACE; 8: U+200B ZERO WIDTH SPACE", violation.parameter("characters"));
    Violation space = POLICY.checkUsername("andreas\u200Bx").violations().get(0);
    assertEquals("U+200B", space.parameter("invisible"));
  }

  @Test
  @DisplayName("D2: too short names the length and the minimum")
  void tooShortNamesLengths() {
    Violation violation = POLICY.checkUsername("abc").violations().get(0);
    assertEquals("3", violation.parameter("length"));
    assertEquals("8", violation.parameter("minimum"));
  }

  @Test
  @DisplayName("D2: a 1 MiB Greek username gives two codes and lists at most 16 characters")
  void hugeInput() {
    CredentialVerdict verdict = POLICY.checkUsername("α".repeat(1 << 20));
    assertEquals(Set.of(USERNAME_TOO_LONG, USERNAME_GREEK_CHARACTER), verdict.codes());
    assertEquals(Integer.toString(1 << 20), verdict.violations().get(1).parameter("count"));
  }
}
