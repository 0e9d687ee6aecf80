package dev.thyrida.docs.credentials;

// tag::form[]
import dev.thyrida.policy.constraints.GreekTaxId;
import dev.thyrida.policy.constraints.PasswordConfirmation;
import dev.thyrida.policy.constraints.PasswordTypedTwice;
import dev.thyrida.policy.constraints.ServicePassword;
import dev.thyrida.policy.constraints.ServiceUsername;
import jakarta.validation.constraints.NotNull;
import java.nio.CharBuffer;

/** The K3 form: the employee's tax id, a new service username, the new password typed twice. */
@PasswordConfirmation(confirmation = "confirmation")
public record SignUpForm(
    @NotNull @GreekTaxId String taxId,
    @NotNull @ServiceUsername(profile = "default") String username,
    @NotNull @ServicePassword(profile = "default") char[] password,
    @NotNull char[] confirmation) implements PasswordTypedTwice {

  @Override
  public CharSequence newPassword() {
    return password == null ? null : CharBuffer.wrap(password);
  }

  @Override
  public CharSequence newPasswordAgain() {
    return confirmation == null ? null : CharBuffer.wrap(confirmation);
  }

  @Override
  public String toString() {
    return "SignUpForm[taxId=" + taxId + ", username=" + username + ", password=****, confirmation=****]";
  }
}
// end::form[]
