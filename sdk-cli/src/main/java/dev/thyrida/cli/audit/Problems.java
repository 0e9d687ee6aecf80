package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in the roster's files, each as {@code file:line:column (header): what}, so
 * that a bad roster is reported whole and nothing is half-reported (docs/cli.md, the roster files).
 */
final class Problems {

  /** The most problems listed; the rest are counted. */
  static final int MOST_LISTED = 100;

  private final Language language;
  private final List<String> found = new ArrayList<>();

  Problems(Language language) {
    this.language = language;
  }

  Language language() {
    return language;
  }

  /** A problem with a whole file: {@code file: what}. */
  void file(String file, String what) {
    found.add(file + ": " + what);
  }

  /** A problem already written with its place. */
  void raw(String placeAndWhat) {
    found.add(placeAndWhat);
  }

  /** A problem with a whole file or line: {@code file:line: what}. */
  void at(String file, long line, String what) {
    found.add(file + ":" + line + ": " + what);
  }

  /** A problem at a cell whose header is not known (the CSV is malformed there): {@code file:line:column: what}. */
  void at(String file, long line, int column, String what) {
    found.add(file + ":" + line + ":" + column + ": " + what);
  }

  /** A problem with one cell: {@code file:line:column (header): what}. */
  void at(String file, long line, int column, String header, String what) {
    found.add(file + ":" + line + ":" + column + " (" + header + "): " + what);
  }

  /** A problem, its sentence taken from the bundle. */
  void cell(String file, long line, int column, String header, String key, Object... namesAndValues) {
    at(file, line, column, header, language.text(key, namesAndValues));
  }

  int count() {
    return found.size();
  }

  /** Throws one input error listing every problem, when there is any. */
  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    List<String> listed = new ArrayList<>(found.subList(0, Math.min(MOST_LISTED, found.size())));
    if (found.size() > MOST_LISTED) {
      listed.add(language.text("input.more", "count", found.size() - MOST_LISTED));
    }
    throw new InputException(language.text(found.size() == 1 ? "roster.invalid-one" : "roster.invalid",
        "count", found.size())
        + System.lineSeparator() + String.join(System.lineSeparator(), listed));
  }
}
