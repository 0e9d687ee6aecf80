package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.constraints.PasswordConfirmation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses {@link PasswordConfirmation} on a type that does not implement
 * {@link dev.thyrida.policy.constraints.PasswordTypedTwice}: a declaration error naming the type and
 * the fix, rather than the provider's "no validator" error.
 */
public final class PasswordConfirmationMisplacedValidator implements ConstraintValidator<PasswordConfirmation, Object> {

  /** Creates the validator; Bean Validation providers instantiate it. */
  public PasswordConfirmationMisplacedValidator() {
    // nothing to configure
  }

  @Override
  public boolean isValid(Object form, ConstraintValidatorContext context) {
    if (form != null) {
      CredentialConstraints.checkDeclared(form.getClass());
    }
    return true;
  }
}
