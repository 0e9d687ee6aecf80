package dev.thyrida.docs.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.CredentialVerdict;
import dev.thyrida.policy.credential.strength.PasswordStrength;
import dev.thyrida.policy.credential.strength.Strength;
import dev.thyrida.policy.credential.suggest.UsernameSuggestions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/credentials.md: its examples compile, run, and are the ones the page shows")
class CredentialsExampleTest {

  @Test
  @DisplayName("K4-K6: the Bean Validation example reports one violation per code, in Greek")
  void beanValidationExample() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("el"));
    try {
      Set<String> shown = new TreeSet<>();
      for (String line : read(Path.of("credentials.md")).split("\n")) {
        if (line.matches("^(username|password|confirmation): .*")) {
          shown.add(line);
        }
      }
      assertEquals(shown, validateTheForm(), "the messages docs/credentials.md shows");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Set<String> validateTheForm() {
    Set<String> messages = new TreeSet<>();
    // tag::validate[]
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      SignUpForm form = new SignUpForm("068933130", "Μaria p", "abc".toCharArray(), "abd".toCharArray());
      Set<String> codes = new TreeSet<>();
      for (ConstraintViolation<SignUpForm> violation : validator.validate(form)) {
        CredentialCode code = CredentialConstraints.codeOf(violation).orElseThrow();
        codes.add(violation.getPropertyPath() + " " + code);
        messages.add(violation.getPropertyPath() + ": " + violation.getMessage());
      }
      assertEquals(Set.of(
          "confirmation PASSWORD_CONFIRMATION_MISMATCH",
          "password PASSWORD_NO_DIGIT", "password PASSWORD_NO_SPECIAL",
          "password PASSWORD_NO_UPPERCASE", "password PASSWORD_TOO_SHORT",
          "username USERNAME_GREEK_CHARACTER", "username USERNAME_ILLEGAL_CHARACTER",
          "username USERNAME_TOO_SHORT"), codes);
    }
    // end::validate[]
    return messages;
  }

  @Test
  @DisplayName("K4, K5, K6, D4: the policy example gives every code and renders it in both languages")
  void policyExample() {
    // tag::policy[]
    CredentialPolicy policy = CredentialPolicy.of(CredentialProfile.named("default"));
    CredentialVerdict username = policy.checkUsername("User068933130", Optional.of("user068933130"));
    CredentialVerdict password = policy.checkPassword("Καλημέρα1!", "Καλημέρα1!");
    assertEquals(EnumSet.of(CredentialCode.USERNAME_SAME_AS_TAXISNET), username.codes());
    assertEquals(EnumSet.of(CredentialCode.PASSWORD_NO_UPPERCASE, CredentialCode.PASSWORD_NO_LOWERCASE,
        CredentialCode.PASSWORD_GREEK_CHARACTER), password.codes());
    for (Violation violation : password.violations()) {
      System.out.println(violation.code() + " (" + violation.clause().id() + "): "
          + CredentialMessages.render(violation, Locale.forLanguageTag("el")) + " / "
          + CredentialMessages.render(violation, Locale.ENGLISH));
    }
    // end::policy[]
  }

  @Test
  @DisplayName("K7, X8: the strength and suggestion examples")
  void strengthAndSuggestions() {
    // tag::extras[]
    assertEquals(Strength.WEAK, PasswordStrength.estimate("Password1!").strength());
    assertEquals(Strength.STRONG, PasswordStrength.estimate("vG7$kP2!xQ9@wL4^").strength());
    List<String> suggestions = UsernameSuggestions.suggest("Ευάγγελος Μπαμπινιώτης",
        CredentialPolicy.defaults(), Optional.of("User068933130"));
    assertEquals("evangelos_bampiniotis", suggestions.get(0));
    // end::extras[]
  }

  @Test
  @DisplayName("the page shows the examples exactly as compiled here")
  void pageShowsTheseExamples() throws IOException {
    String page = read(Path.of("credentials.md"));
    String form = read(Path.of("src/test/java/dev/thyrida/docs/credentials/SignUpForm.java"));
    String test = read(Path.of("src/test/java/dev/thyrida/docs/credentials/CredentialsExampleTest.java"));
    for (String region : List.of(between(form, "form"), between(test, "validate"), between(test, "policy"),
        between(test, "extras"))) {
      assertTrue(page.contains(region), "docs/credentials.md lacks:\n" + region);
    }
    assertFalse(page.contains("TODO"));
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** The lines between {@code // tag::name[]} and {@code // end::name[]}, without their common indent. */
  private static String between(String source, String name) {
    String start = "// tag::" + name + "[]\n";
    int from = source.indexOf(start) + start.length();
    int to = source.lastIndexOf("\n", source.indexOf("// end::" + name + "[]")) + 1;
    String[] lines = source.substring(from, to).split("\n");
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
