package dev.thyrida.testkit.credential;

import java.util.List;
import java.util.stream.Stream;

/**
 * The published catalogue of tricky credential inputs (κατάλογος δύσκολων περιπτώσεων) with the exact
 * codes the default profile gives each: look-alikes from Greek, Cyrillic and full-width Latin and the
 * micro and ohm signs (D3: only the Greek blocks are Greek); invisible characters (zero-width space
 * and joiner, BOM, no-break space, tab, leading and trailing spaces); boundary lengths counted in
 * code points (D2: 7 and 8, the maxima and one more, an emoji of two UTF-16 units); lone surrogates;
 * and every ASCII punctuation mark against the username symbol {@code _} (K4) and the nine specials
 * (K5, D1). Use with {@code @MethodSource("dev.thyrida.testkit.credential.TrickyCredentials#passwords")}.
 */
public final class TrickyCredentials {

  private TrickyCredentials() {}

  /**
   * The username rows (K4, D2, D3, D4).
   *
   * @return the rows, in a stable order
   */
  public static List<TrickyCredential> usernames() {
    return UsernameCatalogue.ROWS;
  }

  /**
   * The password rows (K5, K6, D1, D2, D3).
   *
   * @return the rows, in a stable order
   */
  public static List<TrickyCredential> passwords() {
    return PasswordCatalogue.ROWS;
  }

  /**
   * Every row, usernames first.
   *
   * @return the rows
   */
  public static List<TrickyCredential> all() {
    return Stream.concat(usernames().stream(), passwords().stream()).toList();
  }

  /**
   * The printable ASCII punctuation marks, U+0021 to U+007E less letters and digits (32 marks).
   *
   * @return the marks, in code point order
   */
  public static String asciiPunctuation() {
    StringBuilder marks = new StringBuilder(32);
    for (char c = 0x21; c <= 0x7E; c++) {
      if (!Character.isLetterOrDigit(c)) {
        marks.append(c);
      }
    }
    return marks.toString();
  }

  /** The label of a punctuation mark's row, e.g. {@code punctuation U+0021 EXCLAMATION MARK}. */
  static String punctuationLabel(char mark) {
    return String.format("punctuation U+%04X %s", (int) mark, Character.getName(mark));
  }
}
