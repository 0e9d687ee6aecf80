package dev.thyrida.policy.constraints.validators;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.constraints.PasswordConfirmation;
import dev.thyrida.policy.constraints.PasswordTypedTwice;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialVerdict;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link PasswordConfirmation}: both null is valid; else the two must match (K6). */
public final class PasswordConfirmationValidator
    implements ConstraintValidator<PasswordConfirmation, PasswordTypedTwice> {

  private static final CredentialVerdict MISMATCH =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.PASSWORD_CONFIRMATION_MISMATCH)));

  private String confirmation = "confirmation";

  /** Creates the validator; Bean Validation providers instantiate it. */
  public PasswordConfirmationValidator() {
    // configured in initialize
  }

  @Override
  public void initialize(PasswordConfirmation annotation) {
    confirmation = annotation.confirmation();
  }

  @Override
  public boolean isValid(PasswordTypedTwice form, ConstraintValidatorContext context) {
    if (form == null) {
      return true;
    }
    CharSequence first = form.newPassword();
    CharSequence second = form.newPasswordAgain();
    if ((first == null && second == null) || CredentialPolicy.confirmationMatches(first, second)) {
      return true;
    }
    return ConstraintReport.report(MISMATCH, context, "PasswordConfirmation", confirmation);
  }
}
