package dev.thyrida.cli.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D5, ADR 0062: a password typed as an argument by mistake is never repeated (issue 13, defect 1). */
class PasswordArgumentsTest {

  private static final String SECRET = "S3cret!pw";

  private static void neverShown(Run run, String secret) {
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    assertFalse(run.err().contains(secret), run.err());
    assertFalse(run.err().contains(secret.substring(1)), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "check password -S3cret!pw",
      "check password --format -S3cret!pw",
      "check password --format=-S3cret!pw",
      "check password --profile -S3cret!pw",
      "check password @@S3cret!pw",
      "check password @S3cret!pw",
      "check username -S3cret!pw",
      "check -S3cret!pw",
      "check --S3cret!pw",
      "chek password S3cret!pw",
      "S3cret!pw",
      "-S3cret!pw",
      "check password --lang S3cret!pw",
      "check password --format S3cret!pw",
      "check password --profile S3cret!pw",
      "check password --profile=S3cret!pw",
      "check password --confirm=S3cret!pw",
      "audit --stor jdbc:postgresql://db/x?password=S3cret!pw",
      "audit --store-credential S3cret!pw",
      "audit --dir . S3cret!pw"})
  @DisplayName("D5: a password in any argument shape is not repeated on standard error")
  void notRepeated(String line) {
    neverShown(Run.of("", line.split(" ")), SECRET);
  }

  @Test
  @DisplayName("D5: an @file argument is not expanded, so a password file is never read into an error")
  void atFileNotRead(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("pw.txt");
    Files.writeString(file, "Kr1fo!Kleidi\n", StandardCharsets.UTF_8);
    neverShown(Run.of("", "check", "password", "@" + file), "Kr1fo!Kleidi");
    neverShown(Run.of("", "@" + file), "Kr1fo!Kleidi");
  }

  @Test
  @DisplayName("ADR 0062: an unknown profile names the option and the known profiles, not a mask")
  void unknownProfileNamesTheOption() {
    Run run = Run.of("", "check", "password", "--profile", "lenent");
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("--profile"), run.err());
    assertTrue(run.err().contains("default, lenient, govgr-howto"), run.err());
    assertFalse(run.err().contains("***"), run.err());
  }

  @Test
  @DisplayName("ADR 0062: a wrong argument is named by its position and the command's names")
  void wrongArgumentNamedByPosition() {
    Run run = Run.of("", "check", "pasword", SECRET);
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("argument 2"), run.err());
    assertTrue(run.err().contains("username, password"), run.err());
  }
}
