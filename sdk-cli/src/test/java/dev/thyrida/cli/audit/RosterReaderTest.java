package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterReaderTest {

  private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

  @TempDir Path temp;

  private static Directory load(Path directory) {
    return RosterEvents.directory(RosterReader.read(RosterFiles.in(directory), Language.EN), AT);
  }

  private static String problems(Path directory) {
    return assertThrows(InputException.class, () -> RosterReader.read(RosterFiles.in(directory), Language.EN))
        .getMessage();
  }

  @Test
  @DisplayName("C1, C3: the clean sample loads into KEPs, mailboxes, roles, employees and postings")
  void cleanSample() {
    Directory directory = load(Samples.CLEAN);
    assertEquals(2, directory.keps().size());
    assertEquals(6, directory.employees().size());
    Mailbox naflio = directory.mailbox(MailboxId.of("mb-0101")).orElseThrow();
    assertTrue(naflio.isActive());
    assertEquals(List.of(TaxId.of("534640974")), List.copyOf(naflio.administrators()));
    assertEquals(3, naflio.handlers().size());
    assertEquals(TaxId.of("302466339"),
        directory.kep(KepCode.of("0102")).orElseThrow().supervisor().orElseThrow().supervisor());
    assertEquals(3, directory.postingsAt(KepCode.of("0102")).size());
  }

  @Test
  @DisplayName("C6, D8: the findings sample keeps what the rules would refuse: an ex-servant's role, an ended transfer")
  void findingsSample() {
    Directory directory = load(Samples.FINDINGS);
    assertEquals(6, directory.keps().size());
    TaxId retired = TaxId.of("226339201");
    assertTrue(!directory.employee(retired).orElseThrow().isActive());
    assertEquals(1, directory.mailboxesHandledBy(retired).size());
    assertEquals(3, directory.mailbox(MailboxId.of("mb-0104")).orElseThrow().administrators().size());
    assertTrue(directory.postingsOf(TaxId.of("164808945")).get(0).validUntil().isPresent());
  }

  @Test
  @DisplayName("A date as the last day of a posting runs through that whole day in Athens")
  void lastDayIsInclusive() {
    Directory directory = load(Samples.FINDINGS);
    Instant until = directory.postingsOf(TaxId.of("164808945")).get(0).validUntil().orElseThrow();
    assertEquals(Instant.parse("2026-06-30T21:00:00Z"), until);
  }

  @Test
  @DisplayName("Spreadsheet exports: semicolons, a byte order mark, CRLF, quoted cells, padding, dropped leading zeros")
  void spreadsheetExport() {
    String employees = "\uFEFFTAX_ID;Given_Name;family_name;agency;status;lost_on;loss_reason;notes\r\n"
        + "534640974;Μαρία;Παπαδοπούλου;dimos-nafplieon;Active;;;\"a note; with a semicolon\"\r\n"
        + "302466339;Γιώργος; Νικολάου ;dimos-nafplieon;active;;;\r\n"
        + "\r\n"
        + "629923123;Ελένη;Κωνσταντίνου;dimos-nafplieon;active;;;\r\n"
        + "973669467;Δημήτρης;Αντωνίου;dimos-nafplieon;active;;;\r\n"
        + "164808945;Κατερίνα;Γεωργίου;dimos-nafplieon;active;;;\r\n"
        + "197222336;Νίκος;Ιωάννου;dimos-nafplieon;active;;;\r\n"
        + "68933130;Test;User;dimos-nafplieon;lost;30/9/2026;other;\r\n";
    Directory directory = load(Samples.cleanWith(temp, "employees.csv", employees));
    assertEquals(7, directory.employees().size());
    assertEquals("Νικολάου", directory.employee(TaxId.of("302466339")).orElseThrow().name().family());
    assertTrue(!directory.employee(TaxId.of("068933130")).orElseThrow().isActive());
  }

  @Test
  @DisplayName("Every bad cell of every file is reported as file:line:column (header), all at once")
  void everyBadCell() {
    Samples.cleanWith(temp, "postings.csv", "tax_id,kep_code,basis,branch,decision_ref,valid_from,valid_until\n"
        + "534640974,0101,organic,kep,,2015-03-02,\n"
        + "123456789,0109,secondment,kep,,2015-13-02,\n"
        + "629923123,0101,transfer,kep,,2019-01-14,2018-01-01\n");
    String message = problems(temp);
    String postings = temp.resolve("postings.csv").toString();
    for (String expected : List.of(
        postings + ":3:1 (tax_id): the check digit",
        postings + ":3:2 (kep_code): 0109 is not in keps.csv",
        postings + ":3:3 (basis): 'secondment' is not one of organic, transfer, placement",
        postings + ":3:6 (valid_from): '2015-13-02' is not a date",
        postings + ":4:5 (decision_ref): a transfer or placement needs",
        postings + ":4:7 (valid_until): valid_until must be after valid_from")) {
      assertTrue(message.contains(expected), expected + " in\n" + message);
    }
    assertTrue(message.startsWith("the roster has 6 problems"), message);
  }

  @Test
  @DisplayName("docs/cli.md, malformed CSV: an unclosed quote is named at file:line:column of its opening quote, in our words, "
      + "and nothing else is checked against the broken file")
  void malformedCsv() {
    Samples.cleanWith(temp, "keps.csv", "kep_code,name,municipality,supervisor_tax_id,supervisor_since\n"
        + "0101,ΚΕΠ Ναυπλίου,Δήμος Ναυπλιέων,534640974,2023-01-09\n"
        + "0102,\"ΚΕΠ Ασίνης,Δήμος Ναυπλιέων,302466339,2022-05-02\n");
    String message = problems(temp);
    assertTrue(message.startsWith("the roster has 1 problem; nothing was audited:"), message);
    assertTrue(message.contains(temp.resolve("keps.csv") + ":3:2: a quoted cell opens here"), message);
    assertFalse(message.contains("CSVException"), message);
    assertFalse(message.contains("is not in keps.csv"), message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unclosed in a later cell|a,b,c\\n1,2,\"3\\n|2|3|roster.unclosed-quote",
      "text after the closing quote|a,b,c\\n1,\"2\"x,3\\n|2|2|roster.after-quote",
      "a closed multi-line cell, then an unclosed one|a;b\\n\"x\\ny\";\"z\\n|3|2|roster.unclosed-quote",
      "doubled quotes stay inside the cell|a,b\\n\"say \"\"hi\"\"\",\"2\\n|2|2|roster.unclosed-quote"})
  @DisplayName("docs/cli.md, malformed CSV: the place where RFC 4180 quoting breaks, as line and spreadsheet column")
  void quotingBreaks(String kind, String text, long line, int column, String key) {
    String csv = text.replace("\\n", "\n");
    char delimiter = csv.startsWith("a;") ? ';' : ',';
    assertEquals(Optional.of(new Quoting.Break(line, column, key)), Quoting.first(csv, delimiter), kind);
  }

  @Test
  @DisplayName("docs/cli.md, malformed CSV: well-formed quoting has no break")
  void quotingHolds() {
    assertEquals(Optional.empty(), Quoting.first("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\nplain \"inch,2\n", ','));
  }

  @Test
  @DisplayName("A missing file is named")
  void missingFile() {
    String message = problems(temp);
    assertTrue(message.contains(temp.resolve("keps.csv") + ": no such file"), message);
    assertTrue(message.contains(temp.resolve("postings.csv") + ": no such file"), message);
  }

  @Test
  @DisplayName("Binary garbage in a file is an encoding problem at file:line:column")
  void binaryFile() {
    Samples.cleanWith(temp, "roles.csv", new byte[] {'m', 'a', 'i', 'l', '\n', 'x', (byte) 0xFE, 0, '\n'});
    String message = problems(temp);
    assertTrue(message.contains(temp.resolve("roles.csv") + ":2:2: not valid UTF-8"), message);
    assertTrue(message.contains(temp.resolve("roles.csv") + ":2:3: a NUL byte"), message);
  }

  @Test
  @DisplayName("A header without a required column, and a row of the wrong width, are problems")
  void headerAndWidth() {
    Samples.cleanWith(temp, "mailboxes.csv", "mailbox_id,state\nmb-0101,active\n");
    assertTrue(problems(temp).contains("the header lacks the columns kep_code"), problems(temp));
  }

  @Test
  @DisplayName("A row with more cells than the header is a problem naming its line")
  void rowWidth() {
    Samples.cleanWith(temp, "mailboxes.csv", "mailbox_id,kep_code,state\nmb-0101,0101,active,extra\nmb-0102,0102,active\n");
    assertTrue(problems(temp).contains("mailboxes.csv:2: the row has 4 cells but the header names 3 columns"),
        problems(temp));
  }

  @Test
  @DisplayName("Repeated keys and repeated roles are problems on the later line, naming the first")
  void duplicates() {
    Samples.cleanWith(temp, "roles.csv", "mailbox_id,tax_id,role\nmb-0101,534640974,administrator\n"
        + "mb-0101,534640974,Administrator\nmb-0102,302466339,administrator\nmb-0109,302466339,handler\n");
    String message = problems(temp);
    assertTrue(message.contains("roles.csv:3:3 (role): the same role of the same person in the same mailbox is already on line 2"),
        message);
    assertTrue(message.contains("roles.csv:5:1 (mailbox_id): mb-0109 is not in mailboxes.csv"), message);
  }

  @Test
  @DisplayName("C6: a lost status needs lost_on and loss_reason; an active one must leave them empty")
  void lossColumns() {
    Samples.cleanWith(temp, "employees.csv", "tax_id,given_name,family_name,agency,status,lost_on,loss_reason\n"
        + "534640974,Μαρία,Παπαδοπούλου,dimos-nafplieon,lost,,\n"
        + "302466339,Γιώργος,Νικολάου,dimos-nafplieon,active,2026-01-01,\n"
        + "629923123,Ελένη,Κωνσταντίνου,dimos-nafplieon,active,,\n"
        + "973669467,Δημήτρης,Αντωνίου,dimos-nafplieon,active,,\n"
        + "164808945,Κατερίνα,Γεωργίου,dimos-nafplieon,active,,\n"
        + "197222336,Νίκος,Ιωάννου,dimos-nafplieon,active,,\n");
    String message = problems(temp);
    assertTrue(message.contains("employees.csv:2:6 (lost_on): required"), message);
    assertTrue(message.contains("employees.csv:2:7 (loss_reason): required"), message);
    assertTrue(message.contains("employees.csv:3:6 (lost_on): only for status lost"), message);
  }
}
