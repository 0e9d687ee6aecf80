package dev.thyrida.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

/**
 * The encoding of a fixed sample, pinned by golden files in {@code src/test/resources/golden}: a
 * change of the stored form shows in review as a change of those files. Run with {@code
 * -Dthyrida.golden.update=true} to rewrite them after a deliberate change (and raise the schema
 * version, with an upcaster, when the change is not additive).
 */
@DisplayName("JSON form: golden files of a fixed sample")
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LogJson JSON = LogJson.standard();

  @TestFactory
  Stream<DynamicTest> eachSampleIsWrittenAsItsGoldenFileAndReadBackEqual() {
    return Sample.all().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry)));
  }

  private static void check(Map.Entry<String, Object> entry) throws IOException {
    Object value = entry.getValue();
    Encoded encoded = value instanceof Event ? JSON.encode((Event) value) : JSON.encode((Command) value);
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(LogJson.envelope(encoded))) + "\n";
    Path file = GOLDEN.resolve(entry.getKey() + ".json");
    if (Boolean.getBoolean("thyrida.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, pretty, StandardCharsets.UTF_8);
    }
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(golden, pretty, file + " no longer matches the encoding");
    Encoded read = LogJson.fromEnvelope(golden);
    Object back = value instanceof Event ? JSON.decodeEvent(read) : JSON.decodeCommand(read);
    assertEquals(value, back);
  }
}
