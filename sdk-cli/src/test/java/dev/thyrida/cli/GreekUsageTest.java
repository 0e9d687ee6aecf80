package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Usage errors in the user's language: Greek under LANG=el or --lang el, as picocli has none (docs/cli.md, usage errors in Greek). */
@DisplayName("Usage errors in Greek under LANG=el, from the command model, never repeating an argument (D5)")
class GreekUsageTest {

  private static final Locale GREEK = Locale.forLanguageTag("el");
  private static final byte[] NOTHING = new byte[0];

  private static Run greek(String... args) {
    return Run.in(GREEK, NOTHING, args);
  }

  @Test
  @DisplayName("an unknown option of audit is said in Greek, with the hint to --help in Greek, and exit 2")
  void unknownOption() {
    Run run = greek("audit", "--bogus-Secret1!");
    assertEquals(2, run.status(), run.err());
    assertEquals(List.of("thyrida: το όρισμα 2 δεν είναι επιλογή της εντολής 'thyrida audit'",
        "Δοκιμάστε 'thyrida audit --help' για περισσότερες πληροφορίες."), run.err().lines().toList());
    assertFalse(run.err().contains("Secret1"), run.err());
  }

  @Test
  @DisplayName("no command at all is said in Greek, with the commands listed, and exit 2")
  void missingCommand() {
    Run run = greek();
    assertEquals(2, run.status(), run.err());
    assertEquals("thyrida: Λείπει η εντολή: check, suggest-username, audit, tour ή explain",
        run.err().lines().findFirst().orElseThrow(), run.err());
  }

  @Test
  @DisplayName("an unknown command is said in Greek, with the commands listed")
  void unknownCommand() {
    Run run = greek("chek");
    assertEquals(2, run.status());
    assertEquals("thyrida: το όρισμα 1 δεν είναι εντολή ή επιλογή της 'thyrida' (εντολές: check, suggest-username, "
        + "audit, tour, explain)· μήπως εννοείτε check;", run.err().lines().findFirst().orElseThrow());
  }

  @Test
  @DisplayName("--lang el asks for Greek in an English environment; --lang en for English in a Greek one")
  void langOptionDecides() {
    Run asked = Run.in(Locale.ENGLISH, NOTHING, "explain", "--lang", "el", "--bogus");
    assertEquals("Δοκιμάστε 'thyrida explain --help' για περισσότερες πληροφορίες.", asked.err().lines().skip(1).findFirst().orElseThrow(),
        asked.err());
    Run english = greek("explain", "--lang=en", "--bogus");
    assertEquals("Try 'thyrida explain --help' for more information.", english.err().lines().skip(1).findFirst().orElseThrow(),
        english.err());
  }

  @Test
  @DisplayName("a missing value and a value given twice are said in Greek")
  void missingAndRepeated() {
    assertEquals("thyrida: λείπει: --dir DIR", greekFirstLine("audit", "--dir"));
    assertEquals(true, greekFirstLine("check", "username", "--format", "codes", "--format", "codes").endsWith(
        ": δόθηκε περισσότερες από μία φορές"));
  }

  private static String greekFirstLine(String... args) {
    Run run = greek(args);
    assertEquals(2, run.status(), run.err());
    return new String(run.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
  }
}
