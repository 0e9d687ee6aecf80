package dev.thyrida.policy.constraints;

import java.nio.CharBuffer;

/** The forms the constraint suite validates, as a host would write them. */
final class Forms {

  private Forms() {}

  /** A sign-up form holding the passwords as {@code char[]}. */
  @PasswordConfirmation(confirmation = "repeated")
  record SignUp(@ServiceUsername String username, @ServicePassword char[] password, char[] repeated)
      implements PasswordTypedTwice {

    @Override
    public CharSequence newPassword() {
      return password == null ? null : CharBuffer.wrap(password);
    }

    @Override
    public CharSequence newPasswordAgain() {
      return repeated == null ? null : CharBuffer.wrap(repeated);
    }
  }

  /** A JavaBean form with default names and strings. */
  @PasswordConfirmation
  public static final class BeanForm implements PasswordTypedTwice {
    private final String password;
    private final String confirmation;

    BeanForm(String password, String confirmation) {
      this.password = password;
      this.confirmation = confirmation;
    }

    @Override
    public CharSequence newPassword() {
      return password;
    }

    @Override
    public CharSequence newPasswordAgain() {
      return confirmation;
    }
  }

  /** A username under the gov.gr how-to profile (X4). */
  record HowTo(@ServiceUsername(profile = "govgr-howto") String username) {}

  /** A password judged by two profiles at once (repeatable). */
  record Both(@ServicePassword @ServicePassword(profile = "govgr-howto") String password) {}

  /** A profile a host registered in code. */
  record AgencyX(@ServiceUsername(profile = "agency-x") String username) {}

  /** The password as core's masked value, and as a plain string (the risky way). */
  record Masked(@ServicePassword dev.thyrida.core.account.Password password, @ServicePassword String plain) {}

  /** A tax id (X7). */
  record Payee(@GreekTaxId String taxId) {}

  /** @PasswordConfirmation on a form that does not implement PasswordTypedTwice. */
  @PasswordConfirmation
  record Misplaced(String password, String confirmation) {}

  /** An unknown profile. */
  record BadProfile(@ServiceUsername(profile = "no-such-profile") String username) {}
}
