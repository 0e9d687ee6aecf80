package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.text.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one roster file (docs/cli.md, the roster files): strict UTF-8 (a byte order mark is dropped), comma- or
 * semicolon-separated (Greek spreadsheets export {@code ;}), RFC 4180 quoting, a header row naming
 * the columns in any order and any case; other columns are ignored; blank lines are skipped.
 */
final class CsvFile {

  /** The largest file read, in MiB: a national roster (X9) is about 1 MiB (docs/cli.md, the roster files). */
  static final int MOST_MIB = 64;
  /** The longest cell, in characters: far above any name, code or reference. */
  static final int MOST_CELL = 1024;

  private CsvFile() {}

  /**
   * The rows of a file whose header holds every required column, or empty when the file cannot be
   * read (missing, not UTF-8, malformed CSV, a header without a required column); every problem
   * goes to {@code problems}. Other files' references into an unreadable file are not checked.
   */
  static Optional<List<Row>> read(Path path, List<String> required, Problems problems) {
    String name = path.toString();
    byte[] bytes;
    try {
      if (Files.size(path) > MOST_MIB * 1024L * 1024L) {
        problems.file(name, problems.language().text("roster.file-large", "most", MOST_MIB));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      problems.file(name, problems.language().text("roster.missing"));
      return Optional.empty();
    } catch (IOException e) {
      problems.file(name, problems.language().text("roster.unreadable", "reason", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    return read(name, bytes, required, problems);
  }

  /** The rows of a file's bytes, as {@link #read(Path, List, Problems)} reads them once loaded. */
  static Optional<List<Row>> read(String name, byte[] bytes, List<String> required, Problems problems) {
    String text;
    try {
      text = Utf8.decodeFile(bytes, name, problems.language());
    } catch (InputException e) {
      problems.raw(e.getMessage());
      return Optional.empty();
    }
    return parse(name, text, required, problems);
  }

  private static Optional<List<Row>> parse(String name, String text, List<String> required, Problems problems) {
    char delimiter = delimiter(text);
    Optional<Quoting.Break> broken = Quoting.first(text, delimiter);
    if (broken.isPresent()) {
      Quoting.Break at = broken.get();
      problems.at(name, at.line(), at.column(), problems.language().text(at.key()));
      return Optional.empty();
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    LineIndex lines = new LineIndex(text);
    List<Row> rows = new ArrayList<>();
    long reached = 1;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      List<String> columns = null;
      for (CSVRecord record : parser) {
        long line = lines.lineAt(record.getCharacterPosition());
        reached = parser.getCurrentLineNumber() + 1;
        if (columns == null) {
          columns = header(record, name, line, required, problems);
          if (columns == null) {
            return Optional.empty();
          }
        } else {
          row(name, line, columns, record, problems).ifPresent(rows::add);
        }
      }
      if (columns == null) {
        problems.at(name, 1, problems.language().text("roster.empty", "columns", String.join(",", required)));
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Quoting.first catches what RFC 4180 refuses; this is a safety net, in our words, not the library's
      problems.at(name, reached, problems.language().text("roster.malformed"));
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  /** {@code ;} when the header line has a semicolon and no comma, else {@code ,}. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  private static List<String> header(CSVRecord record, String name, long line, List<String> required,
      Problems problems) {
    List<String> columns = new ArrayList<>();
    record.forEach(cell -> columns.add(cell.strip().toLowerCase(Locale.ROOT)));
    List<String> missing = required.stream().filter(column -> !columns.contains(column)).toList();
    if (!missing.isEmpty()) {
      problems.at(name, line, problems.language().text("roster.header", "missing", String.join(",", missing),
          "columns", String.join(",", required)));
      return null;
    }
    return columns;
  }

  private static Optional<Row> row(String name, long line, List<String> columns, CSVRecord record,
      Problems problems) {
    if (record.size() != columns.size()) {
      problems.at(name, line, problems.language().text("roster.width", "fields", record.size(),
          "columns", columns.size()));
      return Optional.empty();
    }
    boolean fits = true;
    for (int i = 0; i < columns.size(); i++) {
      if (record.get(i).length() > MOST_CELL) {
        problems.at(name, line, i + 1, columns.get(i), problems.language().text("roster.cell-long",
            "length", record.get(i).length(), "most", MOST_CELL));
        fits = false;
      }
    }
    if (!fits) {
      return Optional.empty();
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      cells.putIfAbsent(columns.get(i), record.get(i));
    }
    return Optional.of(new Row(name, line, columns, cells));
  }

  /** Maps a character offset of the decoded text to its line, counted from 1. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> found = new ArrayList<>();
      found.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          found.add(i + 1);
        }
      }
      starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    long lineAt(long offset) {
      int index = Arrays.binarySearch(starts, (int) offset);
      // found: the line starting there; not found: the insertion point is the count of starts before it
      return index >= 0 ? index + 1 : -index - 1;
    }
  }
}
