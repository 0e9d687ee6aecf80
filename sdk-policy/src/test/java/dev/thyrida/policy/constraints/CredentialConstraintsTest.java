package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K4, K5, K6: the credential constraints in plain Hibernate Validator, zero configuration")
class CredentialConstraintsTest {

  @PasswordConfirmation(password = "password", confirmation = "repeated")
  record SignUp(@ServiceUsername String username, @ServicePassword char[] password, String repeated) {}

  record HowTo(@ServiceUsername(profile = "govgr-howto") String username) {}

  private static final Validator validator = BeanValidation.validator();

  private static Set<CredentialCode> codes(Set<? extends ConstraintViolation<?>> violations) {
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    violations.forEach(violation -> codes.add(CredentialConstraints.codeOf(violation).orElseThrow()));
    return codes;
  }

  @Test
  @DisplayName("K4, K5, K6: a valid form passes; null values pass (pair with @NotNull)")
  void validPasses() {
    assertEquals(Set.of(), validator.validate(new SignUp("maria_pap", "Abcdef1!".toCharArray(), "Abcdef1!")));
    assertEquals(Set.of(), validator.validate(new SignUp(null, null, null)));
  }

  @Test
  @DisplayName("K4, K5, K6: every broken rule is its own violation, with its code reachable")
  void oneViolationPerCode() {
    Set<ConstraintViolation<SignUp>> violations =
        validator.validate(new SignUp("μαρία p", "abc".toCharArray(), "abd"));
    assertEquals(EnumSet.of(CredentialCode.USERNAME_TOO_SHORT, CredentialCode.USERNAME_GREEK_CHARACTER,
        CredentialCode.USERNAME_ILLEGAL_CHARACTER, CredentialCode.PASSWORD_TOO_SHORT,
        CredentialCode.PASSWORD_NO_UPPERCASE, CredentialCode.PASSWORD_NO_DIGIT, CredentialCode.PASSWORD_NO_SPECIAL,
        CredentialCode.PASSWORD_CONFIRMATION_MISMATCH), codes(violations));
    assertEquals(8, violations.size());
    ConstraintViolation<SignUp> mismatch = violations.stream()
        .filter(v -> CredentialConstraints.codeOf(v).orElseThrow() == CredentialCode.PASSWORD_CONFIRMATION_MISMATCH)
        .findFirst().orElseThrow();
    assertEquals("repeated", mismatch.getPropertyPath().toString());
  }

  @Test
  @DisplayName("K4: each violation's message is filled with its own parameters, as the renderer fills it")
  void messagesCarryTheirOwnParameters() {
    Set<ConstraintViolation<SignUp>> violations =
        validator.validate(new SignUp("\u0391b c", "Abcdef1!".toCharArray(), "Abcdef1!"));
    Map<CredentialCode, ConstraintViolation<SignUp>> byCode = violations.stream()
        .collect(Collectors.toMap(v -> CredentialConstraints.codeOf(v).orElseThrow(), Function.identity()));
    for (ConstraintViolation<SignUp> violation : violations) {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Violation payload = hibernate.getDynamicPayload(Violation.class);
      assertEquals(CredentialMessages.render(payload, Locale.ENGLISH), violation.getMessage());
      assertFalse(violation.getMessage().contains("{"), violation.getMessage());
    }
    assertTrue(byCode.get(CredentialCode.USERNAME_GREEK_CHARACTER).getMessage().contains("position 1"));
    assertTrue(byCode.get(CredentialCode.USERNAME_ILLEGAL_CHARACTER).getMessage().contains("position 3"));
  }

  @Test
  @DisplayName("X4: the profile attribute selects the gov.gr how-to variant")
  void profileAttribute() {
    assertEquals(Set.of(), validator.validate(new HowTo("maria.pap")));
    assertEquals(EnumSet.of(CredentialCode.USERNAME_ILLEGAL_CHARACTER), codes(validator.validate(new HowTo("maria_pap"))));
  }

  @Test
  @DisplayName("D5: no violation of a password constraint echoes the password")
  void passwordNeverEchoed() {
    for (ConstraintViolation<SignUp> violation : validator.validate(new SignUp("maria_pap", "ωω ωω".toCharArray(), "x"))) {
      assertFalse(violation.getMessage().contains("ω"), violation.getMessage());
      assertFalse(String.valueOf(violation.getInvalidValue()).contains("ωω"), violation.getPropertyPath().toString());
    }
  }

  @Test
  @DisplayName("K4-K6: the Bean Validation bundle says what the credential bundle says, in both languages")
  void bundlesInStep() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("el")}) {
      java.util.ResourceBundle contributor = java.util.ResourceBundle.getBundle("ContributorValidationMessages", locale,
          java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
      for (CredentialCode code : CredentialCode.values()) {
        String annotation = code == CredentialCode.PASSWORD_CONFIRMATION_MISMATCH ? "PasswordConfirmation"
            : code.name().startsWith("USERNAME") ? "ServiceUsername" : "ServicePassword";
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(code.name()));
        code.hints().forEach(hint -> keys.add(code.name() + "." + hint));
        for (String key : keys) {
          assertEquals(CredentialMessages.template(key, locale),
              contributor.getString("dev.thyrida.policy.constraints." + annotation + "." + key), key + " " + locale);
        }
      }
    }
  }

  @Test
  @DisplayName("K4: the policy and the constraint agree on the codes")
  void agreesWithThePolicy() {
    String username = "ab\u200Bcd";
    assertEquals(CredentialPolicy.defaults().checkUsername(username).codes(),
        codes(validator.validate(new SignUp(username, null, null))));
  }
}
