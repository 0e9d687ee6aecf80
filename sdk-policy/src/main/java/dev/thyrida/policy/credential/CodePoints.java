package dev.thyrida.policy.credential;

import java.util.Locale;

/** Facts about single code points that the credential rules need (D3). */
final class CodePoints {

  private CodePoints() {}

  /**
   * D3: a code point of the Greek and Coptic block (U+0370–U+03FF) or of Greek Extended
   * (U+1F00–U+1FFF); no normalisation.
   */
  static boolean isGreek(int codePoint) {
    return (codePoint >= 0x0370 && codePoint <= 0x03FF) || (codePoint >= 0x1F00 && codePoint <= 0x1FFF);
  }

  static boolean isUpper(int codePoint) {
    return codePoint >= 'A' && codePoint <= 'Z';
  }

  static boolean isLower(int codePoint) {
    return codePoint >= 'a' && codePoint <= 'z';
  }

  static boolean isDigit(int codePoint) {
    return codePoint >= '0' && codePoint <= '9';
  }

  static boolean isAsciiLetterOrDigit(int codePoint) {
    return isUpper(codePoint) || isLower(codePoint) || isDigit(codePoint);
  }

  /** The {@code U+XXXX} notation, at least four hex digits. */
  static String notation(int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }

  /** The Unicode name, or {@code UNASSIGNED} where this JDK's Unicode version has none. */
  static String name(int codePoint) {
    String name = Character.getName(codePoint);
    return name == null ? "UNASSIGNED" : name;
  }

  /** Whether a code point shows no glyph of its own: spaces, controls, format characters. */
  static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL || type == Character.FORMAT;
  }
}
