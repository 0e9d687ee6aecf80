package dev.thyrida.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thyrida.core.event.EventTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema is the one the types imply: the jar's resource and its copy in {@code
 * docs/} both equal {@link SchemaDocument#generate()}. Run with {@code -Dthyrida.golden.update=true}
 * to rewrite both after a deliberate change.
 */
@DisplayName("JSON form: the published JSON Schema")
class SchemaDocumentTest {

  private static final Path RESOURCE = Path.of("src/main/resources" + SchemaDocument.RESOURCE);
  private static final Path DOCS = Path.of("../docs/store/thyrida-log.schema.json");

  @Test
  @DisplayName("the schema in the jar and in docs/ is the one generated from the types")
  void publishedSchemaIsTheGeneratedOne() throws IOException {
    String generated = SchemaDocument.generate();
    if (Boolean.getBoolean("thyrida.golden.update")) {
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
      Files.createDirectories(DOCS.getParent());
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(RESOURCE, StandardCharsets.UTF_8), RESOURCE + " is stale");
    assertEquals(generated, Files.readString(DOCS, StandardCharsets.UTF_8), DOCS + " is stale");
    assertEquals(generated, SchemaDocument.published());
  }

  @Test
  @DisplayName("an independent validator accepts every golden sample and refuses each kind of damage the decoder refuses")
  void validatorAgreesOnSamplesAndDamage() throws IOException {
    for (Object value : Sample.all().values()) {
      Encoded encoded = value instanceof dev.thyrida.core.event.Event ? LogJson.standard().encode((dev.thyrida.core.event.Event) value)
          : LogJson.standard().encode((dev.thyrida.core.command.Command) value);
      String envelope = LogJson.envelope(encoded);
      assertEquals(java.util.List.of(), PublishedSchema.errors(envelope), envelope);
    }
    String add = LogJson.envelope(LogJson.standard().encode((dev.thyrida.core.command.Command) Sample.all().get("command-add-handler")));
    for (String damaged : java.util.List.of(
        add.replace(",\"handler\":\"090000045\"", ""),
        add.replace("\"birthYear\":1980", "\"birthYear\":\"1980\""),
        add.replace("{\"actor\"", "{\"priority\":1,\"actor\""),
        add.replace("\"kind\":\"Employee\"", "\"kind\":\"Robot\""),
        add.replace("\"version\":1", "\"version\":2"),
        add.replace("mailbox.add-handler", "mailbox.adopt-handler"))) {
      assertTrue(!PublishedSchema.errors(damaged).isEmpty(), damaged);
    }
  }

  @Test
  @DisplayName("it describes every event and every writable command, and no password field (D5)")
  void describesEveryTypeAndNoPassword() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SchemaDocument.generate());
    assertEquals(EventTypes.all().size() + CommandTypes.all().size(), schema.get("oneOf").size());
    EventTypes.all().keySet().forEach(type -> assertTrue(schema.get("$defs").has("event." + type), type));
    CommandTypes.all().keySet().forEach(type -> assertTrue(schema.get("$defs").has("command." + type), type));
    assertTrue(schema.findValues("password").isEmpty() && schema.findValues("confirmation").isEmpty());
  }
}
