package dev.thyrida.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * docs/cli.md, standard input fuzzed (issue 13): standard input read line by line gives exactly the lines of a
 * reference (the whole input decoded by the JDK's strict decoder, split at LF, one CR before LF
 * dropped, a leading BOM dropped), or an {@link InputException} exactly when the reference finds a
 * bad line or one over 4096 bytes; for a secret input the error never names a byte's value (D5).
 */
class LinesFuzzTest {

  /** The reference's lines, or empty when some line is not UTF-8 or too long. */
  static Optional<List<String>> reference(byte[] input) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < input.length) {
      int end = from;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      if (end - from > Lines.MOST_BYTES) {
        return Optional.empty();
      }
      int cut = end < input.length && end > from && input[end - 1] == '\r' ? end - 1 : end;
      byte[] line = Arrays.copyOfRange(input, from, cut);
      if (from == 0 && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
          && (line[2] & 0xFF) == 0xBF) {
        line = Arrays.copyOfRange(line, 3, line.length);
      }
      try {
        lines.add(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString());
      } catch (CharacterCodingException e) {
        return Optional.empty();
      }
      from = end + 1;
    }
    return Optional.of(lines);
  }

  @FuzzTest(maxDuration = "60s")
  void linesAgreeWithTheReference(FuzzedDataProvider data) {
    boolean secret = data.consumeBoolean();
    byte[] input = data.consumeRemainingAsBytes();
    Lines lines = new Lines(new ByteArrayInputStream(input), secret, Language.EN);
    List<String> read = new ArrayList<>();
    try {
      for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
        read.add(line.get());
      }
      assertEquals(reference(input), Optional.of(read));
    } catch (InputException e) {
      assertTrue(reference(input).isEmpty(), "refused input the reference reads");
      assertTrue(e.getMessage().startsWith("line " + lines.number() + ", byte ")
          || e.getMessage().startsWith("line " + lines.number() + ": longer"), e.getMessage());
      assertFalse(secret && e.getMessage().contains("0x"), "a secret's byte is named: " + e.getMessage());
    }
  }
}
