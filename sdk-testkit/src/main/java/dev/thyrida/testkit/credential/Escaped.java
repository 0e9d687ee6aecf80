package dev.thyrida.testkit.credential;

/** Shows a username's text with every character outside printable ASCII as {@code \\uXXXX}. */
final class Escaped {

  private Escaped() {}

  static String of(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7E && c != '\\' && c != '"') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
