package dev.thyrida.testkit.credential;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialVerdict;
import java.util.Optional;

/**
 * One credential input to judge (στοιχείο εισόδου): a username with the employee's TAXISnet user id
 * when known (K4, D4), or a password with its confirmation when typed twice (K5, K6). The text may
 * be null or hold anything, lone surrogates included. A password and its confirmation never appear
 * in {@link #toString()} (D5).
 *
 * @param subject whether the text is a username or a password
 * @param text the username or password as typed; null stands for a missing field
 * @param companion the TAXISnet user id for a username, the confirmation for a password
 */
public record CredentialInput(Subject subject, String text, Optional<String> companion) {

  /** What a credential input is (K4 or K5). */
  public enum Subject {
    /** A service username (όνομα χρήστη, K4). */
    USERNAME,
    /** A service password (κωδικός, K5). */
    PASSWORD
  }

  /**
   * Checks the subject and companion are present.
   *
   * @param subject the subject
   * @param text the text, possibly null
   * @param companion the companion, possibly empty
   */
  public CredentialInput {
    if (subject == null || companion == null) {
      throw new InvalidValueException("CredentialInput", "subject and companion are required (companion may be empty)");
    }
  }

  /**
   * A username judged alone (K4).
   *
   * @param text the username, possibly null
   * @return the input
   */
  public static CredentialInput username(String text) {
    return new CredentialInput(Subject.USERNAME, text, Optional.empty());
  }

  /**
   * A username judged against the employee's TAXISnet user id (K4, D4).
   *
   * @param text the username, possibly null
   * @param taxisNetUserId the TAXISnet user id
   * @return the input
   */
  public static CredentialInput username(String text, String taxisNetUserId) {
    return new CredentialInput(Subject.USERNAME, text, Optional.of(taxisNetUserId));
  }

  /**
   * A password judged alone (K5).
   *
   * @param text the password, possibly null
   * @return the input
   */
  public static CredentialInput password(String text) {
    return new CredentialInput(Subject.PASSWORD, text, Optional.empty());
  }

  /**
   * A password judged with its confirmation (K5, K6).
   *
   * @param text the password, possibly null
   * @param confirmation the password typed again
   * @return the input
   */
  public static CredentialInput password(String text, String confirmation) {
    return new CredentialInput(Subject.PASSWORD, text, Optional.of(confirmation));
  }

  /**
   * The verdict of a policy on this input: the username check (with the TAXISnet user id when
   * present), or the password check (with the confirmation when present).
   *
   * @param policy the policy, e.g. {@link CredentialPolicy#defaults()}
   * @return the verdict with every violation
   */
  public CredentialVerdict judgedBy(CredentialPolicy policy) {
    if (subject == Subject.USERNAME) {
      return policy.checkUsername(text, companion);
    }
    return companion.isPresent() ? policy.checkPassword(text, companion.get()) : policy.checkPassword(text);
  }

  /**
   * Says what the input is without echoing a password (D5): a username is shown with every
   * character outside printable ASCII escaped as {@code \\uXXXX}; a password only by its length.
   *
   * @return e.g. {@code username "kep\u200Buser"} or {@code password of 9 code points, with confirmation}
   */
  @Override
  public String toString() {
    if (subject == Subject.PASSWORD) {
      String length = text == null ? "null password" : "password of " + text.codePointCount(0, text.length())
          + " code points";
      return length + (companion.isPresent() ? ", with confirmation" : "");
    }
    return "username " + Escaped.of(text) + companion.map(id -> " (TAXISnet user " + Escaped.of(id) + ")").orElse("");
  }
}
