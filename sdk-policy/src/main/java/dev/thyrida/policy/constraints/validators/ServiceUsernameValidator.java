package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.constraints.ServiceUsername;
import dev.thyrida.policy.credential.CredentialPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ServiceUsername}: null is valid; anything else is judged as a username by the named profile. */
public final class ServiceUsernameValidator implements ConstraintValidator<ServiceUsername, CharSequence> {

  private CredentialPolicy policy = CredentialPolicy.defaults();

  /** Creates the validator; Bean Validation providers instantiate it. */
  public ServiceUsernameValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(ServiceUsername annotation) {
    policy = ConstraintReport.policy("ServiceUsername", annotation.profile());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintReport.report(policy.checkUsername(value), context, "ServiceUsername", null);
  }
}
