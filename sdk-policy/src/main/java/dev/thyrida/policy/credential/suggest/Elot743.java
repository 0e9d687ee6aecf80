package dev.thyrida.policy.credential.suggest;

import java.text.Normalizer;

/**
 * ELOT 743 (ISO 843) transliteration of Greek to Latin (μεταγραμματισμός, X8), as passports and
 * identity cards write names: {@code αι→ai}, {@code ου→ou}, {@code μπ→b} at a word's edge and
 * {@code mp} inside it, {@code ντ→nt}, {@code γγ→ng}, {@code γκ→gk}, {@code γξ→nx}, {@code γχ→nch},
 * {@code αυ/ευ/ηυ→av/ev/iv} before a vowel or a voiced consonant and {@code af/ef/if} otherwise;
 * accents dropped; a diaeresis, or an accent on the first vowel, splits a digraph. Other text passes
 * with its accents removed. Case follows the source: a word in capitals stays in capitals.
 */
public final class Elot743 {

  private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";
  private static final String[] LATIN = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
      "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};
  private static final String VOICED_OR_VOWEL = "αεηιουωβγδζλμνρ";

  private Elot743() {}

  /**
   * Transliterates text.
   *
   * @param text Greek or Latin text, e.g. {@code "Ευάγγελος Μπαμπινιώτης"}
   * @return the Latin text, e.g. {@code "Evangelos Bampiniotis"}
   */
  public static String transliterate(CharSequence text) {
    Letters letters = Letters.of(Normalizer.normalize(text, Normalizer.Form.NFD));
    StringBuilder out = new StringBuilder(letters.size() + 8);
    for (int i = 0; i < letters.size(); ) {
      int start = out.length();
      int used = digraph(letters, i, out);
      if (used == 0) {
        int index = GREEK.indexOf(letters.base(i));
        out.append(index >= 0 ? LATIN[index] : String.valueOf(letters.base(i)));
        used = 1;
      }
      letters.applyCase(out, start, i);
      i += used;
    }
    return out.toString();
  }

  /** Appends a digraph starting at i and returns how many letters it used, or 0 when none starts there. */
  private static int digraph(Letters letters, int i, StringBuilder out) {
    char a = letters.base(i);
    char b = letters.base(i + 1);
    if (b == 'υ' && "αεη".indexOf(a) >= 0 && letters.joins(i)) {
      out.append(LATIN[GREEK.indexOf(a)]).append(VOICED_OR_VOWEL.indexOf(letters.base(i + 2)) >= 0 ? 'v' : 'f');
      return 2;
    }
    if (a == 'ο' && b == 'υ' && letters.joins(i)) {
      out.append("ou");
      return 2;
    }
    if (a == 'μ' && b == 'π') {
      out.append(letters.isWordEdge(i - 1) || letters.isWordEdge(i + 2) ? "b" : "mp");
      return 2;
    }
    if (a == 'γ' && "γκξχ".indexOf(b) >= 0) {
      out.append(b == 'γ' ? "ng" : b == 'κ' ? "gk" : b == 'ξ' ? "nx" : "nch");
      return 2;
    }
    return 0;
  }
}
