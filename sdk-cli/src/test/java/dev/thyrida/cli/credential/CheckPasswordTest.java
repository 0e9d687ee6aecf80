package dev.thyrida.cli.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thyrida.cli.Run;
import dev.thyrida.policy.credential.strength.PasswordStrength;
import dev.thyrida.policy.credential.strength.Strength;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckPasswordTest {

  private static final String SECRET = "Secr3t!Κλειδί";

  @Test
  @DisplayName("K5: codes format prints one line per password")
  void codes() {
    Run run = Run.of("Abcdef1!\nabcdefgh\n\n", "check", "password", "--format", "codes");
    assertEquals(List.of("OK", "PASSWORD_NO_UPPERCASE,PASSWORD_NO_DIGIT,PASSWORD_NO_SPECIAL", "PASSWORD_REQUIRED"),
        run.lines());
    assertEquals(1, run.status());
  }

  @Test
  @DisplayName("K6: --confirm reads pairs and puts the mismatch on the confirmation's line")
  void confirmPairs() {
    Run run = Run.of("Abcdef1!\nAbcdef1!\nAbcdef1!\nAbcdef1?\nabc\nabc\n", "check", "password", "--confirm",
        "--format", "codes");
    assertEquals(List.of("OK", "OK", "OK", "PASSWORD_CONFIRMATION_MISMATCH",
        "PASSWORD_TOO_SHORT,PASSWORD_NO_UPPERCASE,PASSWORD_NO_DIGIT,PASSWORD_NO_SPECIAL", "OK"), run.lines());
    assertEquals(1, run.status());
  }

  @Test
  @DisplayName("K6: --confirm with a matching pair is valid, status 0")
  void confirmValid() {
    Run run = Run.of("Abcdef1!\r\nAbcdef1!\r\n", "check", "password", "--confirm");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("lines 1-2: valid"), run.out());
  }

  @Test
  @DisplayName("K6: --confirm with an odd number of lines is an input error at the last line, status 2")
  void confirmUnpaired() {
    Run run = Run.of("Abcdef1!\nAbcdef1!\nAbcdef1!\n", "check", "password", "--confirm", "--format", "codes");
    assertEquals(2, run.status());
    assertEquals(List.of("OK", "OK"), run.lines());
    assertTrue(run.err().contains("line 3"), run.err());
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "codes", "json"})
  @DisplayName("D5: a password is never echoed, in any format, nor in a confirmation mismatch")
  void neverEchoed(String format) {
    Run run = Run.of(SECRET + "\n" + SECRET + "x\n", "check", "password", "--confirm", "--format", format);
    for (String piece : List.of(SECRET, "Secr3t", "Κλειδί", "Κ")) {
      assertFalse(run.out().contains(piece), run.out());
      assertFalse(run.err().contains(piece), run.err());
    }
    assertEquals(1, run.status());
  }

  @Test
  @DisplayName("D5: a byte of a password that is not UTF-8 is named by its place, never by its value")
  void badByteNotEchoed() {
    Run run = Run.of(new byte[] {'P', (byte) 0xE4, 's', 's', 'w', 'o', 'r', 'd', '1', '!', '\n'}, "check", "password");
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("line 1, byte 2: not valid UTF-8"), run.err());
    for (String piece : List.of("E4", "e4", "\u00e4", "ssword")) {
      assertFalse(run.err().contains(piece), run.err());
    }
  }

  @Test
  @DisplayName("docs/cli.md, standard input: a NUL byte in a password is an illegal character, judged, never shown")
  void nulIsJudged() {
    Run run = Run.of(new byte[] {'A', 'b', 'c', 0, 'd', 'e', 'f', '1', '!', '\n'}, "check", "password", "--format", "codes");
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("PASSWORD_ILLEGAL_CHARACTER"), run.lines());
  }

  @Test
  @DisplayName("D5: a password is never accepted as an argument")
  void notAnArgument() {
    Run run = Run.of("", "check", "password", "Abcdef1!");
    assertEquals(2, run.status());
    assertFalse(run.err().contains("Abcdef1!"), run.err());
  }

  @Test
  @DisplayName("D1: --profile lenient admits a space that the default profile refuses")
  void lenientProfile() {
    assertEquals(List.of("PASSWORD_ILLEGAL_CHARACTER"),
        Run.of("Abc def1!\n", "check", "password", "--format", "codes").lines());
    assertEquals(List.of("OK"), Run.of("Abc def1!\n", "check", "password", "--format", "codes", "--profile", "lenient")
        .lines());
  }

  @Test
  @DisplayName("json gives positions, never characters, of a Greek character in a password")
  void jsonPositions() {
    Run run = Run.of("Abcdef1!κ\n", "check", "password", "--format", "json");
    assertTrue(run.out().contains("\"code\":\"PASSWORD_GREEK_CHARACTER\""), run.out());
    assertTrue(run.out().contains("\"position\":\"9\""), run.out());
    assertFalse(run.out().contains("κ"), run.out());
  }

  @Test
  @DisplayName("K7: text and json show each password's strength as the SDK estimates it; codes are unchanged")
  void strength() throws Exception {
    List<String> passwords = List.of("password", "Abcdef1!", "Kep#Nafplio-2026!x");
    Run json = Run.of(String.join("\n", passwords) + "\n", "check", "password", "--format", "json");
    for (int i = 0; i < passwords.size(); i++) {
      assertEquals(PasswordStrength.estimate(passwords.get(i)).strength().name(),
          new ObjectMapper().readTree(json.lines().get(i)).get("strength").asText(), passwords.get(i));
    }
    assertEquals(Strength.WEAK, PasswordStrength.estimate("password").strength());
    assertTrue(Run.of("password\n", "check", "password").out().startsWith("line 1: invalid (strength: weak)"));
    assertEquals(List.of("OK"), Run.of("Abcdef1!\n", "check", "password", "--format", "codes").lines());
  }
}
