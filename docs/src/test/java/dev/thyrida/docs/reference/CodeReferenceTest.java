package dev.thyrida.docs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3: docs/codes.md is the code reference generated from the codes, never stale")
class CodeReferenceTest {

  private static final Path PAGE = Path.of("codes.md");

  @Test
  @DisplayName("L26-3: docs/codes.md lists every code with its clause, parameters and both messages, as generated now")
  void pageIsCurrent() throws IOException {
    String generated = CodeReference.render();
    if (Boolean.getBoolean("thyrida.docs.regenerate")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    String onDisk = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
    assertEquals(generated, onDisk, "docs/codes.md is stale: regenerate it with -Dthyrida.docs.regenerate=true");
  }
}
