package dev.thyrida.core.clause;

/**
 * The document a clause comes from (πηγή): the law, the circular, the guide, or the team's and the
 * public's own registers for decisions and facts.
 *
 * @param id the source's id in the register, e.g. {@code circular}
 * @param titleGreek its title in Greek
 * @param titleEnglish its title in English
 * @param reference its protocol number, related circular or other reference, in Greek where the source is Greek
 */
public record ClauseSource(String id, String titleGreek, String titleEnglish, String reference) {}
