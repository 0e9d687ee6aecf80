package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.thyrida.core.decision.Violation;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** K4, K5, D5: what a violation says about the characters that broke a rule (issue 13: PIT survivors). */
class OffendersTest {

  private static final CredentialPolicy POLICY = CredentialPolicy.defaults();

  private static Map<String, String> password(String text, CredentialCode code) {
    return POLICY.checkPassword(text).violations().stream().filter(each -> each.code() == code).findFirst()
        .map(Violation::parameters).orElseThrow();
  }

  private static Map<String, String> username(String text, CredentialCode code) {
    return POLICY.checkUsername(text).violations().stream().filter(each -> each.code() == code).findFirst()
        .map(Violation::parameters).orElseThrow();
  }

  @Test
  @DisplayName("D5: a password's offenders are named by index and position, the first and all of them")
  void passwordPositions() {
    Map<String, String> parameters = password("Ab1!x\u00e9yz\u00e9", CredentialCode.PASSWORD_ILLEGAL_CHARACTER);
    assertEquals("2", parameters.get("count"));
    assertEquals("5", parameters.get("index"));
    assertEquals("6", parameters.get("position"));
    assertEquals("5, 8", parameters.get("indexes"));
  }

  @ParameterizedTest(name = "{0} offenders")
  @CsvSource({"15, false", "16, false", "17, true", "40, true"})
  @DisplayName("D5: at most 16 offenders are listed, an ellipsis says there are more; the count stays exact")
  void sixteenListed(int offenders, boolean more) {
    String text = "Ab1!" + "\u00e9".repeat(offenders);
    Map<String, String> parameters = password(text, CredentialCode.PASSWORD_ILLEGAL_CHARACTER);
    assertEquals(Integer.toString(offenders), parameters.get("count"));
    String indexes = parameters.get("indexes");
    assertEquals(Math.min(offenders, Offenders.LISTED) + (more ? 1 : 0), indexes.split(", ").length, indexes);
    assertEquals(more, indexes.endsWith(", \u2026"), indexes);
    assertEquals("4", indexes.split(", ")[0]);
    Map<String, String> user = username("maria" + "\u00e9".repeat(offenders), CredentialCode.USERNAME_ILLEGAL_CHARACTER);
    String characters = user.get("characters");
    assertEquals(Math.min(offenders, Offenders.LISTED) + (more ? 1 : 0), characters.split("; ").length, characters);
    assertEquals(more, characters.endsWith("; \u2026"), characters);
    assertEquals(Integer.toString(offenders), user.get("count"));
  }

  @Test
  @DisplayName("K4: a username's offenders are named with code point, name, place and the profile's symbols")
  void usernameCharacters() {
    Map<String, String> parameters = username("ma ria\u00e9", CredentialCode.USERNAME_ILLEGAL_CHARACTER);
    assertEquals("2", parameters.get("count"));
    assertEquals("2", parameters.get("index"));
    assertEquals("3", parameters.get("position"));
    assertEquals("U+0020", parameters.get("codePoint"));
    assertEquals("2: U+0020 SPACE; 6: U+00E9 LATIN SMALL LETTER E WITH ACUTE", parameters.get("characters"));
    assertEquals("_", parameters.get("symbols"));
    assertEquals("U+0020", parameters.get("invisible"));
    assertNull(parameters.get("lookalike"));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0020", "00A0", "200B", "0009", "202E", "3000", "2028"})
  @DisplayName("K4: spaces, controls and format characters are hinted as invisible")
  void invisible(String hex) {
    int codePoint = Integer.parseInt(hex, 16);
    assertEquals(true, CodePoints.isInvisible(codePoint), hex);
    Map<String, String> parameters = username("maria" + Character.toString(codePoint) + "x",
        CredentialCode.USERNAME_ILLEGAL_CHARACTER);
    assertEquals("U+" + hex, parameters.get("invisible"));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"00E9", "2603", "0416", "00B6"})
  @DisplayName("K4: visible characters are not hinted as invisible")
  void visible(String hex) {
    int codePoint = Integer.parseInt(hex, 16);
    assertFalse(CodePoints.isInvisible(codePoint), hex);
    assertNull(username("maria" + Character.toString(codePoint) + "x", CredentialCode.USERNAME_ILLEGAL_CHARACTER)
        .get("invisible"));
  }
}
