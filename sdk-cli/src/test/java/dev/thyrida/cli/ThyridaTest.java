package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ThyridaTest {

  @Test
  void versionPrintsTheToolName() {
    StringWriter out = new StringWriter();
    int status = Thyrida.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, status);
    assertTrue(out.toString().startsWith("thyrida "), out.toString());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithStatus2() {
    StringWriter err = new StringWriter();
    int status = Thyrida.run(new String[] {"--no-such-option"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, status);
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
  }
}
