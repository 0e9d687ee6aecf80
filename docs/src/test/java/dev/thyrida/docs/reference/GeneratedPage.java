package dev.thyrida.docs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A page of docs/ that a test generates: written when asked to regenerate, else compared with the disk. */
final class GeneratedPage {

  private GeneratedPage() {}

  /**
   * Fails when the page on disk is not what is generated now; with {@code -Dthyrida.docs.regenerate=true},
   * writes it first.
   *
   * @param page the page, relative to docs/
   * @param generated the page as generated now
   * @throws IOException when the page cannot be read or written
   */
  static void requireCurrent(Path page, String generated) throws IOException {
    if (Boolean.getBoolean("thyrida.docs.regenerate")) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    }
    String onDisk = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    assertEquals(generated, onDisk, "docs/" + page + " is stale: regenerate it with -Dthyrida.docs.regenerate=true");
  }
}
