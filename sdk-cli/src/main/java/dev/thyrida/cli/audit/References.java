package dev.thyrida.cli.audit;

import java.util.Map;

/** Checks that a cell names something another file (or an earlier row) defines. */
final class References {

  private References() {}

  /**
   * Reports a present key that the map does not hold; a null key was already reported as bad. A null
   * map stands for a file that could not be read: its keys are unknown, so nothing is checked
   * against it (the file's own problem is reported, not one per reference).
   */
  static <K> void known(Row row, String column, K key, Map<K, ?> defined, String messageKey, Problems problems) {
    if (key != null && defined != null && !defined.containsKey(key)) {
      problems.cell(row.file(), row.line(), row.columnNumber(column), column, messageKey, "value", key);
    }
  }

  /** Reports a key already defined on an earlier line of the same file, and else records it here. */
  static <K> void unique(Row row, String column, K key, Map<K, Long> seen, Problems problems) {
    if (key == null) {
      return;
    }
    Long first = seen.putIfAbsent(key, row.line());
    if (first != null) {
      problems.cell(row.file(), row.line(), row.columnNumber(column), column, "roster.duplicate",
          "value", key, "line", first);
    }
  }
}
