package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import dev.thyrida.core.identity.TaxId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, defects 2 and 3: a roster's cells never drive the terminal or the spreadsheet. */
class HostileCellsTest {

  private static final String AT = "2026-11-22";
  private static final String EMPLOYEE = "302466339,Γιώργος,Νικολάου,dimos-nafplieon,active,,";

  private static Run audit(Path directory, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "audit";
    args[1] = "--dir";
    args[2] = directory.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Run.of("", args);
  }

  /** The findings sample with one employee line of employees.csv replaced. */
  private static Path findingsWith(Path directory, String line) throws IOException {
    for (String each : Samples.FILES) {
      Files.copy(Samples.FINDINGS.resolve(each), directory.resolve(each));
    }
    Path employees = directory.resolve("employees.csv");
    String text = Files.readString(employees, StandardCharsets.UTF_8);
    assertTrue(text.contains(EMPLOYEE));
    Files.writeString(employees, text.replace(EMPLOYEE, line), StandardCharsets.UTF_8);
    return directory;
  }

  @Test
  @DisplayName("A bad cell with ESC and BEL is shown escaped on standard error")
  void badCellEscaped(@TempDir Path temp) throws IOException {
    Run run = audit(findingsWith(temp, "302466339,Γιώργος,Νικολάου,dimos-nafplieon,\u001b]0;pwned\u0007,,"), "--at", AT);
    run.assertFailedWithStatus2();
    assertFalse(run.err().contains("\u001b") || run.err().contains("\u0007"), run.err());
    assertTrue(run.err().contains("\\u001B]0;pwned\\u0007"), run.err());
  }

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {40, 200})
  @DisplayName("Rows with a 1 MiB cell each give a short standard error naming the bound of a cell or a file")
  void hugeCellsCut(int count, @TempDir Path temp) throws IOException {
    byte[] huge = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
    Samples.cleanWith(temp, "employees.csv", "");
    try (OutputStream out = Files.newOutputStream(temp.resolve("employees.csv"))) {
      out.write("tax_id,given_name,family_name,agency,status,lost_on,loss_reason\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < count; i++) {
        String body = String.format("%08d", 10_000_000 + i);
        out.write((body + TaxId.checkDigit(body) + ",Γιώργος,Νικολάου,dimos-nafplieon,").getBytes(StandardCharsets.UTF_8));
        out.write(huge);
        out.write(",,\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    Run run = audit(temp, "--at", AT);
    run.assertFailedWithStatus2();
    assertTrue(run.err().length() < 16 * 1024, "stderr has " + run.err().length() + " chars");
    assertTrue(run.err().contains(count < 64 ? "(status): the cell has 1048576 characters, more than the 1024"
        : "employees.csv: larger than 64 MiB"), run.err());
  }

  @Test
  @DisplayName("A name with bidi and zero-width characters is shown escaped in the audit's text")
  void nameEscapedInText(@TempDir Path temp) throws IOException {
    Run run = audit(findingsWith(temp, "302466339,Γι\u202eώρ\u2066γος,Νικο\u200bλάου,dimos-nafplieon,active,,"),
        "--at", AT);
    assertEquals(1, run.status(), run.err());
    for (String raw : List.of("\u202e", "\u2066", "\u200b")) {
      assertFalse(run.out().contains(raw), run.out());
    }
    assertTrue(run.out().contains("Γι\\u202Eώρ\\u2066γος Νικο\\u200Bλάου"), run.out());
  }

  @Test
  @DisplayName("OWASP: csv output neutralises cells a spreadsheet would run as formulas")
  void csvFormulasNeutralised(@TempDir Path temp) throws IOException {
    for (String formula : List.of("=1+1", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "-A1:A9")) {
      Path directory = Files.createDirectory(temp.resolve("r" + Math.abs(formula.hashCode())));
      String cell = "\"" + formula.replace("\"", "\"\"") + "\"";
      Run run = audit(findingsWith(directory, "302466339," + cell + ",Νικολάου,dimos-nafplieon,active,,"),
          "--at", AT, "--format", "csv");
      assertEquals(1, run.status(), run.err());
      try (CSVParser parser = CSVParser.parse(new StringReader(run.out()),
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        List<CSVRecord> rows = parser.getRecords();
        assertTrue(rows.stream().anyMatch(row -> row.get("person_name").equals("'" + formula + " Νικολάου")),
            run.out());
        for (CSVRecord row : rows) {
          row.forEach(value -> assertFalse(!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0, value));
        }
      }
    }
  }
}
