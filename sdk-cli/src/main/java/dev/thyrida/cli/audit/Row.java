package dev.thyrida.cli.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a roster file, with where it was read, and the cell readers that report a bad
 * cell to {@link Problems} instead of failing, so every bad cell of every file is found.
 *
 * @param file the file's name as the user gave it
 * @param line the row's first line in the file, counted from 1 (the header is line 1)
 * @param columns the header's column names, in order
 * @param cells the row's cells, by column name
 */
record Row(String file, long line, List<String> columns, Map<String, String> cells) {

  /** The cell of a column, empty when blank; spaces around a cell are a spreadsheet's padding and are cut. */
  Optional<String> optional(String column) {
    String value = cells.get(column);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The cell of a required column; a blank one is a problem and gives null. */
  String required(String column, Problems problems) {
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      problems.cell(file, line, columnNumber(column), column, "roster.required");
      return null;
    }
    return value.get();
  }

  /** Reports a problem with a cell of this row. */
  void problem(String column, Problems problems, String what) {
    problems.at(file, line, columnNumber(column), column, what);
  }

  /** The column's number as a spreadsheet shows it, counted from 1. */
  int columnNumber(String column) {
    return columns.indexOf(column) + 1;
  }

  /** The row's place, {@code file:line}. */
  String place() {
    return file + ":" + line;
  }
}
