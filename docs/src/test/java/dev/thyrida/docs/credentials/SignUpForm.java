package dev.thyrida.docs.credentials;

// tag::form[]
import dev.thyrida.policy.constraints.PasswordConfirmation;
import dev.thyrida.policy.constraints.ServicePassword;
import dev.thyrida.policy.constraints.ServiceUsername;
import dev.thyrida.policy.constraints.GreekTaxId;
import jakarta.validation.constraints.NotNull;

/** The K3 form: the employee's tax id, a new service username, the new password typed twice. */
@PasswordConfirmation(password = "password", confirmation = "confirmation")
public record SignUpForm(
    @NotNull @GreekTaxId String taxId,
    @NotNull @ServiceUsername(profile = "default") String username,
    @NotNull @ServicePassword(profile = "default") char[] password,
    @NotNull char[] confirmation) {

  @Override
  public String toString() {
    return "SignUpForm[taxId=" + taxId + ", username=" + username + ", password=****, confirmation=****]";
  }
}
// end::form[]
