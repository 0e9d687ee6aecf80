package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thyrida.cli.Run;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  private static final String AT = "2026-11-22";

  private static Run audit(Path directory, String... more) {
    List<String> args = new ArrayList<>(List.of("audit", "--dir", directory.toString()));
    args.addAll(List.of(more));
    return Run.of("", args.toArray(String[]::new));
  }

  private static List<JsonNode> json(Run run) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : run.lines()) {
      try {
        nodes.add(new ObjectMapper().readTree(line));
      } catch (IOException e) {
        throw new AssertionError(line, e);
      }
    }
    return nodes;
  }

  @Test
  @DisplayName("The clean sample has no finding: status 0")
  void cleanSample() {
    Run run = audit(Samples.CLEAN, "--at", AT);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("No finding"), run.out());
  }

  @Test
  @DisplayName("C3, C6, C7, C10, D7, D8, X2: the findings sample reports one finding of every kind, status 1")
  void findingsSample() {
    Run run = audit(Samples.FINDINGS, "--at", AT, "--format", "json");
    assertEquals(1, run.status(), run.err());
    Set<String> codes = new TreeSet<>();
    json(run).forEach(node -> codes.add(node.get("code").asText() + "/" + node.get("clause").asText()));
    assertEquals(new TreeSet<>(List.of("EX_SERVANT_HOLDS_ROLE/C6", "HANDLER_NOT_ELIGIBLE/C3", "HANDLER_POSTING_ENDED/D8",
        "HANDOVER_NOT_COMPLETED/C7", "KEP_WITHOUT_MAILBOX/C10", "MAILBOX_NOT_ACTIVATED/C10", "MAILBOX_WITHOUT_ADMINISTRATOR/D7",
        "TOO_MANY_ADMINISTRATORS/X2")), codes);
  }

  @Test
  @DisplayName("C6: an ex-servant's finding says since when and for how many days")
  void exServantSince() {
    JsonNode exServant = json(audit(Samples.FINDINGS, "--at", AT, "--format", "json")).stream()
        .filter(node -> node.get("code").asText().equals("EX_SERVANT_HOLDS_ROLE")).findFirst().orElseThrow();
    assertEquals("226339201", exServant.get("person").asText());
    assertEquals("Παναγιώτης Βασιλείου", exServant.get("person_name").asText());
    assertEquals("2026-09-29T21:00:00Z", exServant.get("since").asText());
    assertEquals(53, exServant.get("days").asInt());
    assertEquals("CRITICAL", exServant.get("severity").asText());
    assertEquals("mb-0101", exServant.get("mailbox").asText());
    assertEquals("0101", exServant.get("kep").asText());
  }

  @Test
  @DisplayName("csv prints a header and one row per finding, the same findings as json")
  void csv() throws IOException {
    Run run = audit(Samples.FINDINGS, "--at", AT, "--format", "csv");
    assertEquals(1, run.status());
    try (CSVParser parser = CSVParser.parse(new StringReader(run.out()),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(Report.COLUMNS, parser.getHeaderNames());
      List<CSVRecord> rows = parser.getRecords();
      assertEquals(json(audit(Samples.FINDINGS, "--at", AT, "--format", "json")).size(), rows.size());
      assertEquals("EX_SERVANT_HOLDS_ROLE", rows.get(0).get("code"));
    }
  }

  @Test
  @DisplayName("Without --at the audit runs at the session clock's instant")
  void defaultInstantIsNow() {
    assertEquals(audit(Samples.FINDINGS, "--at", Run.NOW.toString(), "--format", "json").out(),
        audit(Samples.FINDINGS, "--format", "json").out());
  }

  @Test
  @DisplayName("text explains each finding in Greek with severity, code, clause, KEP, person and days")
  void greekText() {
    Run run = audit(Samples.FINDINGS, "--at", AT, "--lang", "el");
    assertTrue(run.out().startsWith("Έλεγχος στις 2026-11-22 (ώρα Αθήνας): 6 ΚΕΠ, 5 θυρίδες, 14 υπάλληλοι."), run.out());
    assertTrue(run.out().contains("ΚΡΙΣΙΜΟ [EX_SERVANT_HOLDS_ROLE, C6] · ΚΕΠ 0101 · θυρίδα mb-0101 · Παναγιώτης Βασιλείου (226339201) · από 2026-09-30, "
        + "εδώ και 53 ημέρες"), run.out());
    assertTrue(run.out().contains("10 ευρήματα: 2 ΚΡΙΣΙΜΟ, 5 ΥΨΗΛΟ, 3 ΜΕΣΑΙΟ."), run.out());
  }

  @Test
  @DisplayName("A missing file is bad input: status 2, the file named, nothing on stdout")
  void missingFile(@TempDir Path temp) {
    Run run = audit(temp);
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains(temp.resolve("keps.csv") + ": no such file"), run.err());
  }

  @Test
  @DisplayName("Malformed CSV is bad input naming file and line; nothing is half-reported")
  void malformedCsv(@TempDir Path temp) {
    Samples.cleanWith(temp, "roles.csv", "mailbox_id,tax_id,role\nmb-0101,\"534640974,administrator\n");
    Run run = audit(temp, "--at", AT);
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("roles.csv:2:2: a quoted cell opens here"), run.err());
  }

  @Test
  @DisplayName("One file given by its own option overrides --dir")
  void fileOption(@TempDir Path temp) {
    Run run = audit(Samples.CLEAN, "--at", AT, "--roles", Samples.FINDINGS.resolve("roles.csv").toString());
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("mb-0103 is not in mailboxes.csv"), run.err());
  }

  @Test
  @DisplayName("A bad --at is a usage error")
  void badInstant() {
    audit(Samples.CLEAN, "--at", "yesterday").assertFailedWithStatus2();
  }

  @Test
  @DisplayName("X9: a national-scale export (1,000 KEPs, 5,000 staff) is audited whole; it complies")
  void nationalScale(@TempDir Path temp) {
    Run run = audit(NationalRoster.writeTo(temp), "--at", AT, "--format", "json");
    assertEquals("", run.out());
    assertEquals(0, run.status(), run.err());
  }
}
