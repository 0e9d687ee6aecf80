package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credential policy (πολιτική κωδικών) of one profile: judges usernames (K4, D4) and passwords
 * (K5, K6, D1), estimates strength (K7) and suggests usernames (X8). Pure, thread-safe, and never
 * throws for any username or password, including null, lone surrogates, controls and 1 MiB strings.
 */
public final class CredentialPolicy {

  private static final CredentialPolicy DEFAULT = new CredentialPolicy(NamedProfiles.DEFAULT);
  private static final CredentialVerdict MISMATCH =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.PASSWORD_CONFIRMATION_MISMATCH)));

  private final CredentialProfile profile;
  private final UsernameRule usernames;
  private final PasswordRule passwords;

  private CredentialPolicy(CredentialProfile profile) {
    this.profile = profile;
    this.usernames = new UsernameRule(profile);
    this.passwords = new PasswordRule(profile);
  }

  /**
   * The policy of a profile.
   *
   * @param profile the profile, e.g. {@code CredentialProfile.named("govgr-howto")}
   * @return the policy
   */
  public static CredentialPolicy of(CredentialProfile profile) {
    return new CredentialPolicy(Objects.requireNonNull(profile, "CredentialPolicy: profile is required"));
  }

  /**
   * The policy of the {@code default} profile (the seed's K4/K5, D1 strict).
   *
   * @return the policy
   */
  public static CredentialPolicy defaults() {
    return DEFAULT;
  }

  /**
   * The profile this policy applies.
   *
   * @return the profile
   */
  public CredentialProfile profile() {
    return profile;
  }

  /**
   * Judges a username against the profile (K4, D2, D3), with no TAXISnet user id to compare.
   *
   * @param username the username; null or empty gives {@code USERNAME_REQUIRED}
   * @return the verdict with every violation
   */
  public CredentialVerdict checkUsername(CharSequence username) {
    return usernames.check(username, null);
  }

  /**
   * Judges a username, and also refuses it when it equals the TAXISnet user id ignoring case (D4).
   *
   * @param username the username; null or empty gives {@code USERNAME_REQUIRED}
   * @param taxisNetUserId the employee's TAXISnet user id, when known (null counts as empty)
   * @return the verdict with every violation
   */
  public CredentialVerdict checkUsername(CharSequence username, Optional<String> taxisNetUserId) {
    return usernames.check(username, taxisNetUserId == null ? null : taxisNetUserId.orElse(null));
  }

  /**
   * Judges a password against the profile (K5, D1, D2, D3); violations never hold its characters (D5).
   *
   * @param password the password; null or empty gives {@code PASSWORD_REQUIRED}
   * @return the verdict with every violation
   */
  public CredentialVerdict checkPassword(CharSequence password) {
    return passwords.check(password);
  }

  /**
   * Whether a password is valid (K5, D1–D3): the same one pass as {@link #checkPassword(CharSequence)},
   * without building its violations; allocates nothing.
   *
   * @param password the password
   * @return true exactly when {@code checkPassword(password).isValid()}
   */
  public boolean isValidPassword(CharSequence password) {
    return passwords.codes(password) == 0;
  }

  /**
   * The codes a password breaks, as {@link CodeBits}: the same one pass as {@link
   * #checkPassword(CharSequence)}, without the violations' parameters; allocates nothing.
   *
   * @param password the password
   * @return the bits; {@code CodeBits.codes(bits)} equals {@code checkPassword(password).codes()}
   */
  public long passwordCodeBits(CharSequence password) {
    return passwords.codes(password);
  }

  /**
   * Whether a username is valid (K4, D2, D3): the same one pass as {@link #checkUsername(CharSequence)},
   * without building its violations; allocates nothing.
   *
   * @param username the username
   * @return true exactly when {@code checkUsername(username).isValid()}
   */
  public boolean isValidUsername(CharSequence username) {
    return usernames.codes(username, null) == 0;
  }

  /**
   * The codes a username breaks, as {@link CodeBits}; allocates nothing.
   *
   * @param username the username
   * @param taxisNetUserId the employee's personal TAXISnet user id, to refuse it (D4); may be empty
   * @return the bits; {@code CodeBits.codes(bits)} equals {@code checkUsername(username, id).codes()}
   */
  public long usernameCodeBits(CharSequence username, Optional<String> taxisNetUserId) {
    return usernames.codes(username, taxisNetUserId == null ? null : taxisNetUserId.orElse(null));
  }

  /**
   * Judges a password and its confirmation (K5, K6). When the password is null or empty only
   * {@code PASSWORD_REQUIRED} is reported; otherwise a differing confirmation (null counts as empty)
   * adds {@code PASSWORD_CONFIRMATION_MISMATCH}, compared in constant time.
   *
   * @param password the password
   * @param confirmation the password typed again
   * @return the verdict with every violation
   */
  public CredentialVerdict checkPassword(CharSequence password, CharSequence confirmation) {
    CredentialVerdict verdict = passwords.check(password);
    if (password == null || password.length() == 0 || confirmationMatches(password, confirmation)) {
      return verdict;
    }
    return verdict.and(MISMATCH);
  }

  /**
   * K6: whether the confirmation equals the password, in time that depends only on the password's
   * length. Null counts as empty.
   *
   * @param password the password
   * @param confirmation the password typed again
   * @return true when both are equal
   */
  public static boolean confirmationMatches(CharSequence password, CharSequence confirmation) {
    return Confirmation.matches(password == null ? "" : password, confirmation == null ? "" : confirmation);
  }

  @Override
  public String toString() {
    return "CredentialPolicy[" + profile.name() + "]";
  }
}
