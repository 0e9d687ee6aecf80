package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.constraints.ServicePassword;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.CharBuffer;

/**
 * Validates {@link ServicePassword} on a {@code char[]}, the type that lets a form wipe the password
 * after use: wrapped, never copied into a {@code String}.
 */
public final class ServicePasswordCharsValidator implements ConstraintValidator<ServicePassword, char[]> {

  private final ServicePasswordValidator text = new ServicePasswordValidator();

  /** Creates the validator; Bean Validation providers instantiate it. */
  public ServicePasswordCharsValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(ServicePassword annotation) {
    text.initialize(annotation);
  }

  @Override
  public boolean isValid(char[] value, ConstraintValidatorContext context) {
    return value == null || text.isValid(CharBuffer.wrap(value), context);
  }
}
