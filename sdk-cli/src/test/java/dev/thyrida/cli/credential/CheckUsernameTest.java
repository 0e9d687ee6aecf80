package dev.thyrida.cli.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thyrida.cli.Run;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckUsernameTest {

  @Test
  @DisplayName("K4: codes format prints exactly one line per input line, OK or the codes")
  void codesPrintOneLinePerInputLine() {
    Run run = Run.of("maria_pap\nμαρία\n\nshort\n", "check", "username", "--format", "codes");
    assertEquals(List.of("OK", "USERNAME_TOO_SHORT,USERNAME_GREEK_CHARACTER", "USERNAME_REQUIRED",
        "USERNAME_TOO_SHORT"), run.lines());
    assertEquals(1, run.status());
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("K4: every valid username gives status 0")
  void allValidIsStatusZero() {
    Run run = Run.of("maria_pap\nGiorgos_1984", "check", "username", "--format", "codes");
    assertEquals(List.of("OK", "OK"), run.lines());
    assertEquals(0, run.status());
  }

  @Test
  @DisplayName("K4: lines are never trimmed: leading and trailing spaces are judged")
  void linesAreNotTrimmed() {
    Run run = Run.of(" maria_pap\nmaria_pap \n", "check", "username", "--format", "codes");
    assertEquals(List.of("USERNAME_ILLEGAL_CHARACTER", "USERNAME_ILLEGAL_CHARACTER"), run.lines());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CRLF ends a line like LF         | 'maria_pap\r\nnikos_pap\r\n' | OK;OK",
      "a lone CR stays in the candidate | 'maria_pap\rnikos_pap\n'     | USERNAME_ILLEGAL_CHARACTER",
      "a last line without LF counts    | 'maria_pap\nnikos_pap'       | OK;OK",
      "an empty line is a candidate     | 'maria_pap\n\n'              | OK;USERNAME_REQUIRED",
      "a UTF-8 byte order mark is not part of the first line | '\uFEFFmaria_pap\n' | OK"})
  @DisplayName("docs/cli.md, standard input: line rules of standard input")
  void lineRules(String rule, String stdin, String expected) {
    Run run = Run.of(stdin, "check", "username", "--format", "codes");
    assertEquals(List.of(expected.split(";")), run.lines(), rule);
  }

  @Test
  @DisplayName("docs/cli.md, standard input: no input is no candidate and status 0")
  void emptyInput() {
    Run run = Run.of("", "check", "username", "--format", "codes");
    assertEquals("", run.out());
    assertEquals(0, run.status());
  }

  @Test
  @DisplayName("D4: --taxisnet-user refuses the same username ignoring case")
  void taxisNetUser() {
    Run run = Run.of("user068933130\n", "check", "username", "--format", "codes", "--taxisnet-user", "User068933130");
    assertEquals(List.of("USERNAME_SAME_AS_TAXISNET"), run.lines());
    assertEquals(1, run.status());
  }

  @Test
  @DisplayName("X4: --profile govgr-howto admits a dot and refuses an underscore")
  void profile() {
    Run run = Run.of("maria.pap\nmaria_pap\n", "check", "username", "--format", "codes", "--profile", "govgr-howto");
    assertEquals(List.of("OK", "USERNAME_ILLEGAL_CHARACTER"), run.lines());
  }

  @Test
  @DisplayName("An unknown profile is a usage error naming the known profiles, with status 2 and nothing on stdout")
  void unknownProfile() {
    Run run = Run.of("maria_pap\n", "check", "username", "--profile", "strict");
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("default, lenient, govgr-howto"), run.err());
  }

  @Test
  @DisplayName("docs/cli.md, standard input: binary garbage on stdin is an input error naming the line, status 2, after the lines before it")
  void binaryGarbage() {
    byte[] garbage = {'o', 'k', '_', 'u', 's', 'e', 'r', '1', '\n', (byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, '\n'};
    Run run = Run.of(garbage, "check", "username", "--format", "codes");
    assertEquals(2, run.status());
    assertEquals(List.of("OK"), run.lines());
    assertTrue(run.err().contains("line 2, byte 1"), run.err());
    assertTrue(run.err().contains("line 2, byte 4"), run.err());
    assertTrue(run.err().contains("0xC3"), "a username's bad byte is named: " + run.err());
  }

  @Test
  @DisplayName("docs/cli.md, standard input: a NUL byte is a character of its line, judged like any other control character")
  void nulIsJudged() {
    Run run = Run.of(new byte[] {'m', 'a', 'r', 'i', 'a', 0, 'p', 'a', 'p', '\n', 'o', 'k', '_', 'u', 's', 'e', 'r', '1', '\n'},
        "check", "username", "--format", "codes");
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("USERNAME_ILLEGAL_CHARACTER", "OK"), run.lines());
    assertEquals("", run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"truncated sequence, E2 82", "encoded surrogate, ED A0 80", "overlong slash, C0 AF", "lone continuation, 80"})
  @DisplayName("docs/cli.md, standard input: malformed UTF-8 of every kind is refused, never replaced")
  void malformedUtf8(String kind, String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    Run run = Run.of(bytes, "check", "username");
    assertEquals(2, run.status(), kind);
    assertTrue(run.err().contains("line 1, byte 1: not valid UTF-8"), run.err());
  }

  @Test
  @DisplayName("json prints one object per line with the code, clause, parameters and message")
  void json() throws Exception {
    Run run = Run.of("μαρία\nmaria_pap\n", "check", "username", "--format", "json");
    List<String> lines = run.lines();
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(1, first.get("line").asInt());
    assertEquals("μαρία", first.get("username").asText());
    assertEquals(false, first.get("valid").asBoolean());
    assertEquals("USERNAME_TOO_SHORT", first.get("violations").get(0).get("code").asText());
    assertEquals("K4", first.get("violations").get(0).get("clause").asText());
    assertEquals("5", first.get("violations").get(0).get("parameters").get("length").asText());
    assertTrue(new ObjectMapper().readTree(lines.get(1)).get("valid").asBoolean());
  }

  @Test
  @DisplayName("text explains each violation with its code and clause, in Greek for a Greek locale")
  void textInGreek() {
    Run run = Run.in(Locale.forLanguageTag("el-GR"), "μαρία\n".getBytes(StandardCharsets.UTF_8), "check", "username");
    assertTrue(run.out().startsWith("γραμμή 1 \"μαρία\": μη έγκυρο"), run.out());
    assertTrue(run.out().contains("  - USERNAME_GREEK_CHARACTER [K4] "), run.out());
    assertEquals(1, run.status());
  }

  @Test
  @DisplayName("--lang en overrides a Greek locale; a bad --lang is a usage error")
  void langOption() {
    Run english = Run.in(Locale.forLanguageTag("el"), "maria_pap\n".getBytes(StandardCharsets.UTF_8),
        "check", "username", "--lang", "en");
    assertTrue(english.out().startsWith("line 1 \"maria_pap\": valid"), english.out());
    assertEquals(2, Run.of("x\n", "check", "username", "--lang", "fr").status());
  }

  @Test
  @DisplayName("text escapes control characters of a username so the terminal never runs them")
  void controlsEscaped() {
    Run run = Run.of("maria\u001b[2Jpap\n", "check", "username");
    assertTrue(run.out().contains("\\u001B[2J"), run.out());
    assertTrue(!run.out().contains("\u001b"), run.out());
  }

  @Test
  @DisplayName("text escapes DEL, C1 controls (CSI), bidi controls and invisible characters of a username")
  void nonPrintingEscaped() {
    String raw = "a\u007fb\u009b2Jc\u202ed\u2066e\u2069f\u200bg\u00a0h";
    Run run = Run.of(raw + "\n", "check", "username");
    assertTrue(run.out().contains("\"a\\u007Fb\\u009B2Jc\\u202Ed\\u2066e\\u2069f\\u200Bg\\u00A0h\""), run.out());
    raw.codePoints().filter(cp -> cp > 0x7e).forEach(cp -> assertFalse(run.out().contains(Character.toString(cp)),
        run.out()));
  }

  @Test
  @DisplayName("An unknown format is a usage error")
  void unknownFormat() {
    Run.of("maria_pap\n", "check", "username", "--format", "xml").assertFailedWithStatus2();
  }

  @Test
  @DisplayName("check without a subcommand is a usage error")
  void checkAlone() {
    assertEquals(2, Run.of("", "check").status());
  }
}
