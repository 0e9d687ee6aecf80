package dev.thyrida.policy.constraints.validators;

import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.constraints.GreekTaxId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Map;

/**
 * Validates {@link GreekTaxId}: null is valid; anything else must pass the X7 check. Under a provider
 * other than Hibernate Validator, which cannot read Thyrida's bundle, the message is handed over
 * finished (ADR 0027).
 */
public final class GreekTaxIdValidator implements ConstraintValidator<GreekTaxId, CharSequence> {

  private static final String DEFAULT = "{" + GreekTaxId.KEY + "}";

  private String template = DEFAULT;

  /** Creates the validator; Bean Validation providers instantiate it. */
  public GreekTaxIdValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(GreekTaxId annotation) {
    template = annotation.message();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || TaxId.isValid(value)) {
      return true;
    }
    if (DEFAULT.equals(template) && !Hibernate.runs(context)) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(Wording.literal(GreekTaxId.KEY, Map.of(), Locale.getDefault()))
          .addConstraintViolation();
    }
    return false;
  }
}
