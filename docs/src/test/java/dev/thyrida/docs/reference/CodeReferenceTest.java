package dev.thyrida.docs.reference;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3: docs/codes.md is the code reference generated from the codes, never stale")
class CodeReferenceTest {

  private static final Path PAGE = Path.of("codes.md");

  @Test
  @DisplayName("L26-3: docs/codes.md lists every code with its clause, parameters and both messages, as generated now")
  void pageIsCurrent() throws IOException {
    GeneratedPage.requireCurrent(PAGE, CodeReference.render());
  }
}
