package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.constraints.ServicePassword;
import dev.thyrida.policy.credential.CredentialPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ServicePassword}: null is valid; anything else is judged as a password by the named profile. */
public final class ServicePasswordValidator implements ConstraintValidator<ServicePassword, CharSequence> {

  private CredentialPolicy policy = CredentialPolicy.defaults();

  /** Creates the validator; Bean Validation providers instantiate it. */
  public ServicePasswordValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(ServicePassword annotation) {
    policy = ConstraintReport.policy("ServicePassword", annotation.profile());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintReport.report(policy.checkPassword(value), context, "ServicePassword", null);
  }
}
