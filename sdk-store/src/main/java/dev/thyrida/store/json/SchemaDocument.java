package dev.thyrida.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thyrida.core.event.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of the stored form of every command and event, derived from the
 * same {@link Form}s the encoder writes, so that a non-Java reader of the log knows each field. The
 * module ships it as the resource {@value #RESOURCE}; a test keeps that file (and its copy in
 * {@code docs/}) equal to {@link #generate()}.
 */
public final class SchemaDocument {

  /** Where the schema is in the jar. */
  public static final String RESOURCE = "/dev/thyrida/store/json/thyrida-log.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode defs = MAPPER.createObjectNode();
  private final Map<String, ObjectNode> sorted = new TreeMap<>();

  private SchemaDocument() {}

  /**
   * The schema the jar ships.
   *
   * @return its text
   */
  public static String published() {
    try (InputStream in = SchemaDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema of this SDK's stored forms, computed from the types.
   *
   * @return its text, pretty-printed, ending with a newline
   */
  public static String generate() {
    SchemaDocument document = new SchemaDocument();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://thyrida.dev/schema/thyrida-log-" + LogJson.SCHEMA_VERSION + ".schema.json");
    root.put("title", "Thyrida: the stored form of commands and events, schema version " + LogJson.SCHEMA_VERSION);
    ArrayNode choices = root.putArray("oneOf");
    new TreeMap<>(EventTypes.all()).forEach((name, kind) -> choices.addObject().put("$ref", document.envelope("event", name, kind)));
    new TreeMap<>(CommandTypes.all()).forEach((name, kind) -> choices.addObject().put("$ref", document.envelope("command", name, kind)));
    document.sorted.forEach(document.defs::set);
    root.set("$defs", document.defs);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  private String envelope(String family, String name, Class<?> kind) {
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("type", "object");
    ObjectNode properties = envelope.putObject("properties");
    properties.putObject("type").put("const", name);
    properties.putObject("version").put("const", LogJson.SCHEMA_VERSION);
    properties.set("data", schemaOf(kind));
    envelope.putArray("required").add("type").add("version").add("data");
    envelope.put("additionalProperties", false);
    String key = family + "." + name;
    sorted.put(key, envelope);
    return "#/$defs/" + key;
  }

  private ObjectNode schemaOf(Type type) {
    ObjectNode schema = MAPPER.createObjectNode();
    switch (Form.of(type)) {
      case TEXT:
        return schema.put("type", "string");
      case WHOLE:
        return schema.put("type", "integer");
      case FLAG:
        return schema.put("type", "boolean");
      case INSTANT:
        return schema.put("type", "string").put("format", "date-time").put("pattern", "Z$");
      case NAME:
        ArrayNode names = schema.putArray("enum");
        for (Object constant : Form.raw(type).getEnumConstants()) {
          names.add(((Enum<?>) constant).name());
        }
        return schema;
      case OPTIONAL:
        schema.putArray("oneOf").add(schemaOf(Form.element(type))).addObject().put("type", "null");
        return schema;
      case SET:
        schema.put("type", "array").put("uniqueItems", true).set("items", schemaOf(Form.element(type)));
        return schema;
      case LIST:
        schema.put("type", "array").set("items", schemaOf(Form.element(type)));
        return schema;
      case VALUE:
        return reference(Form.raw(type), MAPPER.createObjectNode().put("type", "string"));
      case CHOICE:
        ObjectNode choice = MAPPER.createObjectNode();
        ArrayNode variants = choice.putArray("oneOf");
        for (Class<?> variant : Form.raw(type).getPermittedSubclasses()) {
          variants.add(reference(variant, object(variant, true)));
        }
        return reference(Form.raw(type), choice);
      case RECORD:
        return reference(Form.raw(type), object(Form.raw(type), false));
      default:
        throw new IllegalStateException("a password has no stored form (D5)");
    }
  }

  private ObjectNode object(Class<?> kind, boolean variant) {
    ObjectNode object = MAPPER.createObjectNode();
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = MAPPER.createArrayNode();
    if (variant) {
      properties.putObject(Form.KIND).put("const", kind.getSimpleName());
      required.add(Form.KIND);
    }
    for (RecordComponent component : kind.getRecordComponents()) {
      properties.set(component.getName(), schemaOf(component.getGenericType()));
      required.add(component.getName());
    }
    object.set("required", required);
    object.put("additionalProperties", false);
    return object;
  }

  private ObjectNode reference(Class<?> kind, ObjectNode schema) {
    String name = kind.getEnclosingClass() == null ? kind.getSimpleName()
        : kind.getEnclosingClass().getSimpleName() + "." + kind.getSimpleName();
    sorted.putIfAbsent(name, schema);
    return MAPPER.createObjectNode().put("$ref", "#/$defs/" + name);
  }
}
