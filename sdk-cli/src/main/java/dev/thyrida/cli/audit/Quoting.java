package dev.thyrida.cli.audit;

import java.util.Optional;

/**
 * Where a CSV text breaks RFC 4180 quoting (docs/cli.md, malformed CSV), in the roster's own words rather than the
 * CSV library's: a quoted cell whose quote is never closed (named at its opening quote), or text
 * right after a closing quote. Lines count from 1 as an editor shows them; columns are cells,
 * counted from 1 as a spreadsheet shows them.
 */
final class Quoting {

  private Quoting() {}

  /**
   * The first place quoting breaks.
   *
   * @param line the line, from 1
   * @param column the cell, from 1
   * @param key the bundle key of the problem
   */
  record Break(long line, int column, String key) {}

  /** The first break in the text, or none when every quoted cell is well formed. */
  static Optional<Break> first(String text, char delimiter) {
    long line = 1;
    int column = 1;
    boolean cellStart = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (cellStart && c == '"') {
        int close = closingQuote(text, i + 1);
        if (close < 0) {
          return Optional.of(new Break(line, column, "roster.unclosed-quote"));
        }
        line += text.substring(i, close).chars().filter(each -> each == '\n').count();
        i = close + 1;
        if (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          return Optional.of(new Break(line, column, "roster.after-quote"));
        }
        cellStart = false;
        continue;
      }
      if (c == delimiter) {
        column++;
      } else if (c == '\n') {
        line++;
        column = 1;
      }
      cellStart = c == delimiter || c == '\n';
      i++;
    }
    return Optional.empty();
  }

  /** The index of the quote that closes a quoted cell whose content starts at {@code from}, or -1. */
  private static int closingQuote(String text, int from) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }
}
