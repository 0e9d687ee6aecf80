package dev.thyrida.policy.access;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.explain.Messages;
import java.util.List;
import java.util.Locale;

/** Checks that violations render in Greek and English with every named parameter filled. */
public final class Rendered {

  private Rendered() {}

  /**
   * Asserts every violation renders in both languages with no placeholder left.
   *
   * @param violations the violations
   */
  public static void fully(List<Violation> violations) {
    for (Violation violation : violations) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("el"))) {
        String sentence = Messages.render(violation, locale);
        assertFalse(sentence.matches("(?s).*\\{[a-zA-Z]+\\}.*"), sentence);
      }
    }
  }
}
