package dev.thyrida.docs.clauses;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.clause.ClauseText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Greek text of every source clause in the jar's register is the source's own wording: each
 * fragment appears in the seed documents (read from {@code shared/seeds} beside the clone, which the
 * team and CI have; skipped elsewhere).
 */
@DisplayName("L26, C1-C10, K1-K8: the register quotes the seed documents word for word")
class RegisterQuotesTheSeedsTest {

  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

  @Test
  @DisplayName("Every fragment of every source clause's Greek text is in the seeds, whitespace aside")
  void quotesAreVerbatim() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "shared/seeds is beside the clone");
    String seeds = normal(Files.readString(SEEDS.resolve("circular-kep-mailbox-users.txt"), StandardCharsets.UTF_8)
        + " " + Files.readString(SEEDS.resolve("guide-public-administration-credentials.md"), StandardCharsets.UTF_8));
    for (Clause clause : Clause.values()) {
      ClauseText text = clause.text();
      if (text.kind().quotesASource()) {
        for (String fragment : text.greek().split(" \u2026 ")) {
          for (String sentence : fragment.split("(?<=[.!:])\\s+")) {
            assertTrue(seeds.contains(normal(sentence)), clause.id() + ": " + sentence);
          }
        }
      }
    }
  }

  /** Joins lines (a word split at a hyphen joins without a space), drops Markdown's escapes and bold. */
  private static String normal(String text) {
    return text.replace("-\n", "-").replace("\\_", "_").replace("\\$", "$").replace("**", "")
        .replaceAll("\\s+", " ").trim();
  }
}
