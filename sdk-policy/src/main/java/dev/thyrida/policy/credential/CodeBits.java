package dev.thyrida.policy.credential;

import java.util.EnumSet;
import java.util.Set;

/**
 * A set of {@link CredentialCode}s as the bits of a {@code long}, one per ordinal: the answer of the
 * verdict-only checks, which allocate nothing ({@link CredentialPolicy#passwordCodeBits}).
 */
public final class CodeBits {

  static {
    if (CredentialCode.values().length > Long.SIZE) {
      throw new ExceptionInInitializerError("more credential codes than bits in a long");
    }
  }

  private CodeBits() {}

  /**
   * The bit of one code.
   *
   * @param code the code
   * @return its bit
   */
  public static long of(CredentialCode code) {
    return 1L << code.ordinal();
  }

  /**
   * Whether a code's bit is set.
   *
   * @param bits the bits
   * @param code the code
   * @return true when the bits hold the code
   */
  public static boolean has(long bits, CredentialCode code) {
    return (bits & of(code)) != 0;
  }

  /**
   * The codes of the bits, as {@link CredentialVerdict#codes} gives them.
   *
   * @param bits the bits
   * @return a new set, empty for 0
   */
  public static Set<CredentialCode> codes(long bits) {
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    for (CredentialCode code : CredentialCode.values()) {
      if (has(bits, code)) {
        codes.add(code);
      }
    }
    return codes;
  }
}
