package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest(name = "thyrida {0} --help")
  @ValueSource(strings = {"", "check", "check username", "check password", "suggest-username", "audit", "tour"})
  @DisplayName("--help on every command prints its usage and exit status to stdout, status 0")
  void help(String command) {
    String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
    Run run = Run.of("", args);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Usage: thyrida" + (command.isEmpty() ? "" : " " + command)), run.out());
    assertTrue(run.out().contains("Exit status: "), run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest(name = "thyrida {0} --version")
  @ValueSource(strings = {"", "check", "check username", "check password", "suggest-username", "audit", "tour"})
  @DisplayName("--version on every command prints the tool's version, status 0")
  void version(String command) {
    String[] args = (command.isEmpty() ? "--version" : command + " --version").split(" ");
    Run run = Run.of("", args);
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("thyrida "), run.out());
  }
}
