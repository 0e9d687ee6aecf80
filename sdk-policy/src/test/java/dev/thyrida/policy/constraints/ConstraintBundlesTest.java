package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K4-K6: the Bean Validation bundle and Hibernate Validator's extras")
class ConstraintBundlesTest {

  @Test
  @DisplayName("K4-K6: the Bean Validation bundle says what the credential bundle says, in both languages")
  void bundlesInStep() {
    for (Locale locale : List.of(Locale.ROOT, CredentialConstraintsTest.GREEK)) {
      ResourceBundle contributor = ResourceBundle.getBundle("ContributorValidationMessages", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      for (CredentialCode code : CredentialCode.values()) {
        List<String> keys = CredentialConstraints.keysOf(code);
        for (String key : keys) {
          String credentialKey = key.substring(key.indexOf(code.name()));
          assertEquals(CredentialMessages.template(credentialKey, locale), contributor.getString(key), key + " " + locale);
        }
      }
    }
  }

  @Test
  @DisplayName("K4: under Hibernate Validator the template stays the key, and the violation is the dynamic payload")
  void hibernateKeepsKeyAndPayload() {
    Set<ConstraintViolation<Forms.SignUp>> violations = BeanValidation.HIBERNATE_VALIDATOR.in(Locale.ENGLISH,
        validator -> validator.validate(new Forms.SignUp("\u0391b c", "Abcdef1!".toCharArray(), "Abcdef1!".toCharArray())));
    for (ConstraintViolation<Forms.SignUp> violation : violations) {
      assertTrue(violation.getMessageTemplate().startsWith("{" + CredentialConstraints.TEMPLATE_PREFIX));
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Violation payload = hibernate.getDynamicPayload(Violation.class);
      assertEquals(CredentialMessages.render(payload, Locale.ENGLISH), violation.getMessage());
    }
  }

  @Test
  @DisplayName("K4: the policy and the constraint agree on the codes")
  void agreesWithThePolicy() {
    String username = "ab\u200Bcd";
    for (BeanValidation provider : BeanValidation.values()) {
      assertEquals(CredentialPolicy.defaults().checkUsername(username).codes(), CredentialConstraintsTest.codes(
          provider.in(Locale.ENGLISH, validator -> validator.validate(new Forms.SignUp(username, null, null)))));
    }
  }
}
