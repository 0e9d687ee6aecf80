package dev.thyrida.testkit.credential;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.credential.CredentialCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of the catalogue of tricky credentials (δύσκολη περίπτωση): a label, the input, and the
 * exact set of codes the default profile gives it (K4, K5, K6, D1–D3). Pass rows as the single
 * argument of a parameterised test; their {@code toString} is the label and the codes, never a
 * password (D5).
 *
 * @param label what the row is about, unique in the catalogue, e.g. {@code "Greek capital alpha U+0391 for A"}
 * @param input the username or password
 * @param expected the codes the default profile reports; empty when the input is valid
 */
public record TrickyCredential(String label, CredentialInput input, Set<CredentialCode> expected) {

  /**
   * Checks every component is present and freezes the codes.
   *
   * @param label the label
   * @param input the input
   * @param expected the expected codes
   */
  public TrickyCredential {
    if (label == null || label.isBlank() || input == null || expected == null) {
      throw new InvalidValueException("TrickyCredential", "label, input and expected codes are required");
    }
    expected = Collections.unmodifiableSet(expected.isEmpty()
        ? EnumSet.noneOf(CredentialCode.class) : EnumSet.copyOf(expected));
  }

  /**
   * Whether the default profile accepts the input.
   *
   * @return true when no code is expected
   */
  public boolean valid() {
    return expected.isEmpty();
  }

  /**
   * The label, the subject and the expected codes; never the text of a password (D5).
   *
   * @return e.g. {@code zero-width space U+200B inside (PASSWORD) -> [PASSWORD_ILLEGAL_CHARACTER]}
   */
  @Override
  public String toString() {
    return label + " (" + input.subject() + ") -> " + (expected.isEmpty() ? "valid" : expected.toString());
  }
}
