package com.example.kep.forms;

import dev.thyrida.policy.constraints.GreekTaxId;
import dev.thyrida.policy.constraints.PasswordConfirmation;
import dev.thyrida.policy.constraints.PasswordTypedTwice;
import dev.thyrida.policy.constraints.ServicePassword;
import dev.thyrida.policy.constraints.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import java.nio.CharBuffer;

/**
 * A sign-up form of the host; it imports core's {@code TaxId} beside the {@code @GreekTaxId} constraint.
 *
 * @param taxId the employee's tax id
 * @param username the new service username, judged by the host's own profile
 * @param password the new password
 * @param repeated the new password typed again
 */
@PasswordConfirmation(confirmation = "repeated")
public record SignUp(@GreekTaxId String taxId, @ServiceUsername(profile = "agency-x") String username,
    @ServicePassword char[] password, char[] repeated) implements PasswordTypedTwice {

  /**
   * The tax id as core's value, once the form is valid.
   *
   * @return the tax id
   */
  public TaxId validTaxId() {
    return TaxId.of(taxId);
  }

  @Override
  public CharSequence newPassword() {
    return password == null ? null : CharBuffer.wrap(password);
  }

  @Override
  public CharSequence newPasswordAgain() {
    return repeated == null ? null : CharBuffer.wrap(repeated);
  }

  @Override
  public String toString() {
    return "SignUp[taxId=" + taxId + ", username=" + username + ", password=****, repeated=****]";
  }
}
