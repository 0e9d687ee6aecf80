package dev.thyrida.policy.credential;

/** Symbols one space apart, as the guide writes them: {@code ! @ # $ ^ & - _ .}. */
final class Spaced {

  private Spaced() {}

  static String of(String symbols) {
    StringBuilder spaced = new StringBuilder();
    symbols.codePoints().forEach(codePoint ->
        spaced.append(spaced.length() == 0 ? "" : " ").appendCodePoint(codePoint));
    return spaced.toString();
  }
}
