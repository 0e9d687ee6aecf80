package dev.thyrida.policy.credential;

/**
 * The character a username character may be mistaken for (D3's look-alikes): Greek and Cyrillic
 * letters that look Latin, full-width forms, the micro, ohm, kelvin and ångström signs. Used only to
 * hint in a message ("switch the keyboard to Latin"); never changes a code.
 */
final class Lookalikes {

  private static final String GREEK = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXαaβBεeιiκkνvοoρpτtυuχx";
  private static final String CYRILLIC = "АaВBЕEКKМMНHОOРPСCТTХXЅSІIЈJаaеeоoрpсcуyхxѕsіiјjһh";

  private Lookalikes() {}

  /**
   * What the code point looks like, or null when it looks like nothing else in particular.
   *
   * @param codePoint a code point outside the username alphabet
   * @return e.g. {@code "A"} for Greek Α U+0391, {@code "Ω"} for the ohm sign, or null
   */
  static String of(int codePoint) {
    if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
      return String.valueOf((char) (codePoint - 0xFEE0));
    }
    switch (codePoint) {
      case 0x00B5: return "μ / u";
      case 0x2126: return "Ω";
      case 0x212A: return "K";
      case 0x212B: return "Å";
      default: return pair(codePoint < 0x0400 ? GREEK : CYRILLIC, codePoint);
    }
  }

  private static String pair(String table, int codePoint) {
    for (int i = 0; i < table.length(); i += 2) {
      if (table.charAt(i) == codePoint) {
        return String.valueOf(table.charAt(i + 1));
      }
    }
    return null;
  }
}
