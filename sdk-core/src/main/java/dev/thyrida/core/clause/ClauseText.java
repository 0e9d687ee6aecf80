package dev.thyrida.core.clause;

import java.util.Locale;

/**
 * A clause in words (κείμενο ρήτρας), as the register in the jar holds it: what it is, where it
 * comes from, a short title, its Greek text and an English rendering.
 *
 * @param clause the clause
 * @param kind a source sentence, a product decision or a public fact
 * @param source the document it comes from
 * @param titleEnglish a short title in English
 * @param titleGreek the same title in Greek
 * @param greek for a source sentence the original Greek as the source writes it; else the team's Greek wording
 * @param english an English rendering (never a source text)
 */
public record ClauseText(Clause clause, ClauseKind kind, ClauseSource source, String titleEnglish,
    String titleGreek, String greek, String english) {

  private static final String GREEK = "el";

  /**
   * The title in a reader's language.
   *
   * @param locale the reader's locale: Greek for {@code el}, English otherwise
   * @return the title
   */
  public String title(Locale locale) {
    return GREEK.equals(locale.getLanguage()) ? titleGreek : titleEnglish;
  }

  /**
   * The text in a reader's language.
   *
   * @param locale the reader's locale: Greek for {@code el}, English otherwise
   * @return the Greek text or the English rendering
   */
  public String text(Locale locale) {
    return GREEK.equals(locale.getLanguage()) ? greek : english;
  }
}
