package dev.thyrida.bench.race;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CodeBits;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialVerdict;

/**
 * The rules a credential can break, as bits, the one vocabulary every contender's answer is
 * translated into for the agreement check. Passay and the regex cannot tell a Greek character from
 * another illegal one (D3), so both are {@link #ILLEGAL} here.
 */
final class Broken {

  static final int SHORT = 1;
  static final int LONG = 2;
  static final int UPPER = 4;
  static final int LOWER = 8;
  static final int DIGIT = 16;
  static final int SPECIAL = 32;
  static final int ILLEGAL = 64;

  private Broken() {}

  /** Thyrida's verdict as bits. */
  static int of(CredentialVerdict verdict) {
    int bits = 0;
    for (Violation violation : verdict.violations()) {
      bits |= of((CredentialCode) violation.code());
    }
    return bits;
  }

  /** Thyrida's {@code CodeBits} as bits. */
  static int ofBits(long codeBits) {
    int bits = 0;
    for (CredentialCode code : CodeBits.codes(codeBits)) {
      bits |= of(code);
    }
    return bits;
  }

  /** One of Thyrida's codes as a bit. */
  static int of(CredentialCode code) {
    switch (code) {
      case PASSWORD_TOO_SHORT: case USERNAME_TOO_SHORT: return SHORT;
      case PASSWORD_TOO_LONG: case USERNAME_TOO_LONG: return LONG;
      case PASSWORD_NO_UPPERCASE: return UPPER;
      case PASSWORD_NO_LOWERCASE: return LOWER;
      case PASSWORD_NO_DIGIT: return DIGIT;
      case PASSWORD_NO_SPECIAL: return SPECIAL;
      case PASSWORD_GREEK_CHARACTER: case PASSWORD_ILLEGAL_CHARACTER:
      case USERNAME_GREEK_CHARACTER: case USERNAME_ILLEGAL_CHARACTER: return ILLEGAL;
      default: throw new IllegalArgumentException("not in the race's corpus: " + code);
    }
  }

  /** The bits as words, for the printed disagreements. */
  static String words(int bits) {
    String[] names = {"short", "long", "upper", "lower", "digit", "special", "illegal"};
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if ((bits & (1 << i)) != 0) {
        out.append(out.length() > 1 ? "," : "").append(names[i]);
      }
    }
    return out.append('}').toString();
  }
}
