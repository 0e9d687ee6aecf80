package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.constraints.TaxId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link TaxId}: null is valid; anything else must pass the X7 check. */
public final class TaxIdValidator implements ConstraintValidator<TaxId, CharSequence> {

  /** Creates the validator; Bean Validation providers instantiate it. */
  public TaxIdValidator() {
    // nothing to configure
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || dev.thyrida.core.identity.TaxId.isValid(value);
  }
}
