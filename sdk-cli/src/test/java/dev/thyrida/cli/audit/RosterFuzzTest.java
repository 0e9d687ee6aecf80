package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import java.util.List;
import java.util.Optional;

/**
 * docs/cli.md, the roster files and malformed CSV fuzzed (issue 13): a fuzzed roster file is read into rows or reported as problems
 * (an {@link InputException} listing them), never another exception; every row has one cell per
 * column, none longer than the bound, and every problem names the file; at most 100 are listed.
 */
class RosterFuzzTest {

  private static final List<List<String>> HEADERS = List.of(RosterFiles.KEP_COLUMNS, RosterFiles.MAILBOX_COLUMNS,
      RosterFiles.ROLE_COLUMNS, RosterFiles.EMPLOYEE_COLUMNS, RosterFiles.POSTING_COLUMNS);

  @FuzzTest(maxDuration = "60s")
  void readsOrReportsEveryProblem(FuzzedDataProvider data) {
    List<String> required = data.pickValue(HEADERS);
    boolean withHeader = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    byte[] file = body;
    if (withHeader) {
      byte[] header = (String.join(data.consumeBoolean() ? ";" : ",", required) + "\n").getBytes();
      file = new byte[header.length + body.length];
      System.arraycopy(header, 0, file, 0, header.length);
      System.arraycopy(body, 0, file, header.length, body.length);
    }
    Problems problems = new Problems(Language.EN);
    Optional<List<Row>> rows = CsvFile.read("f.csv", file, required, problems);
    for (Row row : rows.orElse(List.of())) {
      assertEquals(row.columns().size(), row.cells().size() + duplicates(row.columns()));
      row.cells().values().forEach(cell -> assertTrue(cell.length() <= CsvFile.MOST_CELL));
    }
    if (rows.isEmpty()) {
      assertTrue(problems.count() > 0, "a file not read says why");
    }
    try {
      problems.throwIfAny();
      assertEquals(0, problems.count());
    } catch (InputException e) {
      String[] lines = e.getMessage().split("\\R");
      assertTrue(lines.length <= Problems.MOST_LISTED + 2, "listed " + lines.length);
      for (int i = 1; i < lines.length; i++) {
        assertTrue(lines[i].startsWith("f.csv") || lines[i].startsWith("\u2026"), lines[i]);
      }
      assertFalse(e.getMessage().isEmpty());
    }
  }

  private static long duplicates(List<String> columns) {
    return columns.size() - columns.stream().distinct().count();
  }
}
