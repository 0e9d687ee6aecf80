package dev.thyrida.policy.constraints.validators;

import dev.thyrida.core.account.Password;
import dev.thyrida.policy.constraints.ServicePassword;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ServicePassword} on core's {@link Password}: the type whose {@code toString} is a
 * mask, so a violation's {@code getInvalidValue()} never shows the password in a log (D5).
 */
public final class ServicePasswordValueValidator implements ConstraintValidator<ServicePassword, Password> {

  private final ServicePasswordValidator text = new ServicePasswordValidator();

  /** Creates the validator; Bean Validation providers instantiate it. */
  public ServicePasswordValueValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(ServicePassword annotation) {
    text.initialize(annotation);
  }

  @Override
  public boolean isValid(Password value, ConstraintValidatorContext context) {
    return value == null || text.isValid(value.reveal(), context);
  }
}
