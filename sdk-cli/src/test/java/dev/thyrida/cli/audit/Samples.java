package dev.thyrida.cli.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample rosters of {@code docs/examples}, and copies of them with one file changed. */
final class Samples {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final Path CLEAN = EXAMPLES.resolve("clean");
  static final Path FINDINGS = EXAMPLES.resolve("findings");
  static final List<String> FILES = List.of("keps.csv", "mailboxes.csv", "roles.csv", "employees.csv", "postings.csv");

  private Samples() {}

  /** A copy of the clean roster in a directory, with one file replaced by the given bytes. */
  static Path cleanWith(Path directory, String file, byte[] content) {
    try {
      for (String each : FILES) {
        Files.copy(CLEAN.resolve(each), directory.resolve(each));
      }
      Files.write(directory.resolve(file), content);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the clean roster with one file replaced by UTF-8 text. */
  static Path cleanWith(Path directory, String file, String content) {
    return cleanWith(directory, file, content.getBytes(StandardCharsets.UTF_8));
  }
}
