package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.List;

/** D2: lengths in code points against a profile's bounds. */
final class Lengths {

  private Lengths() {}

  static boolean within(int length, int minimum, int maximum) {
    return length >= minimum && length <= maximum;
  }

  /** Adds the too-short code (with {@code length}, {@code minimum}) or the too-long one (with {@code maximum}). */
  static void judge(List<Violation> violations, int length, int minimum, int maximum,
      CredentialCode tooShort, CredentialCode tooLong) {
    if (length < minimum) {
      violations.add(Violation.of(tooShort, "length", Integer.toString(length),
          "minimum", Integer.toString(minimum)));
    } else if (length > maximum) {
      violations.add(Violation.of(tooLong, "length", Integer.toString(length),
          "maximum", Integer.toString(maximum)));
    }
  }
}
