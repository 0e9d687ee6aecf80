package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K4, K5, K6, D5: the Greek and English messages of every credential code")
class CredentialMessagesTest {

  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("el"));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern POSITIONAL = Pattern.compile("%\\d*\\$?[sd]|\\{\\d+}");

  @Test
  @DisplayName("K4, K5, K6: every code and hint variant has a message in both languages, naming only its parameters")
  void everyCodeHasMessagesNamingOnlyItsParameters() {
    List<String> problems = new ArrayList<>();
    for (CredentialCode code : CredentialCode.values()) {
      check(problems, code.name(), Set.copyOf(code.parameters()));
      for (String hint : code.hints()) {
        Set<String> names = new HashSet<>(code.parameters());
        names.add(hint);
        check(problems, code.name() + "." + hint, names);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void check(List<String> problems, String key, Set<String> supplied) {
    for (Locale locale : LOCALES) {
      try {
        String template = CredentialMessages.template(key, locale);
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
          if (!supplied.contains(matcher.group(1))) {
            problems.add(key + " [" + locale + "] names {" + matcher.group(1) + "}");
          }
        }
        if (POSITIONAL.matcher(template).find()) {
          problems.add(key + " [" + locale + "] has a positional parameter");
        }
      } catch (MissingResourceException missing) {
        problems.add(key + " [" + locale + "] is missing");
      }
    }
  }

  @Test
  @DisplayName("K4: a Greek look-alike renders in Greek and English with its hint and nothing left unfilled")
  void rendersTheLookalikeHint() {
    Violation violation = CredentialPolicy.defaults().checkUsername("\u0391ndreas1").violations().get(0);
    String greek = CredentialMessages.render(violation, Locale.forLanguageTag("el-GR"));
    String english = CredentialMessages.render(violation, Locale.UK);
    assertTrue(greek.contains("«A»") && greek.contains("θέση 1"), greek);
    assertTrue(english.contains("\u201cA\u201d") && english.contains("position 1"), english);
    assertFalse(greek.contains("{") || english.contains("{"));
    assertNotEquals(greek, english);
  }

  @Test
  @DisplayName("D5: no rendered password message holds a character of the password")
  void passwordMessagesNeverEchoThePassword() {
    String password = "\u03D7\u00A4~\u00E9";
    for (Violation violation : CredentialPolicy.defaults().checkPassword(password, "x").violations()) {
      for (Locale locale : LOCALES) {
        String message = CredentialMessages.render(violation, locale);
        for (int i = 0; i < password.length(); i++) {
          assertFalse(message.indexOf(password.charAt(i)) >= 0,
              violation.code() + ": " + message);
        }
      }
    }
  }

  @Test
  @DisplayName("K5: a locale other than Greek gets English, whatever the default locale")
  void englishIsTheFallback() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("el"));
      Violation violation = Violation.of(CredentialCode.PASSWORD_REQUIRED);
      assertEquals("Enter a password.", CredentialMessages.render(violation, Locale.FRENCH));
      assertEquals("Συμπληρώστε κωδικό.", CredentialMessages.render(violation, Locale.forLanguageTag("el")));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("K4: only credential codes are rendered")
  void refusesOtherCodes() {
    assertThrows(IllegalArgumentException.class, () -> CredentialMessages.render(Violation.of(ForeignCode.OTHER), Locale.ENGLISH));
  }
}
