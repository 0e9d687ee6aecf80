package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K6: @PasswordConfirmation reads its two properties however the form holds them")
class PasswordConfirmationTest {

  private static final Validator validator = BeanValidation.validator();

  /** A JavaBean form with getters and default property names. */
  @PasswordConfirmation
  public static final class BeanForm {
    private final String password;
    private final String confirmation;

    BeanForm(String password, String confirmation) {
      this.password = password;
      this.confirmation = confirmation;
    }

    public String getPassword() {
      return password;
    }

    public String getConfirmation() {
      return confirmation;
    }
  }

  /** A form with bare fields, inherited. */
  @PasswordConfirmation(password = "secret", confirmation = "again")
  static class FieldForm {
    char[] secret;
    StringBuilder again;
  }

  static final class Child extends FieldForm {}

  @PasswordConfirmation(password = "missing")
  record Broken(String confirmation) {}

  @PasswordConfirmation
  record WrongType(Integer password, String confirmation) {}

  record BadProfile(@ServiceUsername(profile = "no-such-profile") String username) {}

  @Test
  @DisplayName("K6: getters with the default names; a mismatch lands on the confirmation")
  void getters() {
    assertTrue(validator.validate(new BeanForm("Abcdef1!", "Abcdef1!")).isEmpty());
    assertTrue(validator.validate(new BeanForm(null, null)).isEmpty());
    Set<ConstraintViolation<BeanForm>> violations = validator.validate(new BeanForm("Abcdef1!", null));
    assertEquals(1, violations.size());
    assertEquals("confirmation", violations.iterator().next().getPropertyPath().toString());
  }

  @Test
  @DisplayName("K6: inherited fields, char[] against a StringBuilder")
  void fields() {
    Child form = new Child();
    form.secret = "Abcdef1!".toCharArray();
    form.again = new StringBuilder("Abcdef1!");
    assertTrue(validator.validate(form).isEmpty());
    form.again.append('x');
    assertEquals("again", validator.validate(form).iterator().next().getPropertyPath().toString());
  }

  @Test
  @DisplayName("K6: a missing or non-text property, or an unknown profile, is a declaration error")
  void declarationErrors() {
    assertThrows(ConstraintDeclarationException.class, () -> validator.validate(new Broken("x")));
    assertThrows(ConstraintDeclarationException.class, () -> validator.validate(new WrongType(1, "x")));
    ValidationException unknown = assertThrows(ValidationException.class, () -> validator.validate(new BadProfile("x")));
    assertTrue(String.valueOf(unknown.getMessage()).contains("no-such-profile")
        || String.valueOf(unknown.getCause()).contains("no-such-profile"), unknown.toString());
  }
}
