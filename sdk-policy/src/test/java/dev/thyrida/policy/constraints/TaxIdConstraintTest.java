package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("@TaxId constraint — X7, zero-configuration Hibernate Validator")
class TaxIdConstraintTest {

  record Form(@TaxId String taxId) {}

  private static final Validator validator = BeanValidation.validator();

  @Test
  @DisplayName("X7: a valid tax id passes; null passes (pair with @NotNull)")
  void validAndNullPass() {
    assertTrue(validator.validate(new Form("068933130")).isEmpty());
    assertTrue(validator.validate(new Form(null)).isEmpty());
  }

  @Test
  @DisplayName("X7: a wrong check digit fails with Thyrida's own message")
  void wrongCheckDigitFailsWithTheBundledMessage() {
    Set<ConstraintViolation<Form>> violations = validator.validate(new Form("123456789"));
    assertEquals(1, violations.size());
    ConstraintViolation<Form> violation = violations.iterator().next();
    assertEquals("{dev.thyrida.policy.constraints.TaxId.message}", violation.getMessageTemplate());
    assertTrue(violation.getMessage().contains("ΑΦΜ"), violation.getMessage());
  }
}
