package dev.thyrida.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.EventTypes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of commands and events (μορφή JSON): encodes each as its type name, the schema
 * version and every field by name, and decodes it back, strictly. Immutable and thread-safe; {@link
 * #upcasting} returns a copy that also reads an older version of one type.
 */
public final class LogJson {

  /** The schema version this SDK writes, of every type. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final LogJson STANDARD = new LogJson(Map.of());

  private final Map<String, Upcaster> upcasters;

  private LogJson(Map<String, Upcaster> upcasters) {
    this.upcasters = Map.copyOf(upcasters);
  }

  /**
   * The form with no upcasters: it reads version {@value #SCHEMA_VERSION} only.
   *
   * @return the standard form
   */
  public static LogJson standard() {
    return STANDARD;
  }

  /**
   * The same form, also reading one type's data at an older version by lifting it one step.
   *
   * @param type the type name
   * @param fromVersion the version the upcaster reads, below {@value #SCHEMA_VERSION}; version 0 is
   *     never written by the SDK: it is a host's own layout from before it adopted this form (ADR 0140)
   * @param upcaster the step to {@code fromVersion + 1}
   * @return the new form
   */
  public LogJson upcasting(String type, int fromVersion, Upcaster upcaster) {
    Objects.requireNonNull(upcaster, "upcaster is required");
    if (fromVersion < 0 || fromVersion >= SCHEMA_VERSION) {
      throw new IllegalArgumentException("an upcaster lifts a version from 0 to " + (SCHEMA_VERSION - 1) + ", not " + fromVersion);
    }
    if (EventTypes.byName(type).isEmpty() && CommandTypes.byName(type).isEmpty()) {
      throw new IllegalArgumentException("no command or event is named " + type);
    }
    Map<String, Upcaster> next = new HashMap<>(upcasters);
    next.put(key(type, fromVersion), upcaster);
    return new LogJson(next);
  }

  /**
   * An event's stored form.
   *
   * @param event the event
   * @return its type name, the schema version and its data
   */
  public Encoded encode(Event event) {
    Objects.requireNonNull(event, "event is required");
    return new Encoded(event.type(), SCHEMA_VERSION, text(Writing.write(event, event.getClass())));
  }

  /**
   * A command's stored form.
   *
   * @param command the command
   * @return its type name, the schema version and its data
   * @throws UnencodableCommand when the command carries a password (D5)
   */
  public Encoded encode(Command command) {
    Objects.requireNonNull(command, "command is required");
    Optional<String> name = CommandTypes.nameOf(command.getClass());
    if (name.isEmpty() || Form.carriesSecret(command.getClass())) {
      throw new UnencodableCommand(command.getClass());
    }
    return new Encoded(name.get(), SCHEMA_VERSION, text(Writing.write(command, command.getClass())));
  }

  /**
   * An event back from its stored form.
   *
   * @param encoded the stored form
   * @return the event, equal to the one encoded
   * @throws DecodingException naming the type and field when it cannot be read
   */
  public Event decodeEvent(Encoded encoded) {
    return (Event) decode(encoded, EventTypes::byName);
  }

  /**
   * A command back from its stored form.
   *
   * @param encoded the stored form
   * @return the command, equal to the one encoded
   * @throws DecodingException naming the type and field when it cannot be read
   */
  public Command decodeCommand(Encoded encoded) {
    return (Command) decode(encoded, CommandTypes::byName);
  }

  /**
   * The whole envelope as one JSON text, {@code {"type":…,"version":…,"data":{…}}}.
   *
   * @param encoded the stored form
   * @return the text
   */
  public static String envelope(Encoded encoded) {
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("type", encoded.type());
    envelope.put("version", encoded.version());
    envelope.set("data", parse(encoded.type(), encoded.data()));
    return text(envelope);
  }

  /**
   * The stored form in an envelope's text.
   *
   * @param text the envelope
   * @return its parts
   * @throws DecodingException when it is not an envelope
   */
  public static Encoded fromEnvelope(String text) {
    JsonNode envelope = parse("", text);
    Reading reading = new Reading(envelope.path("type").asText(""));
    for (var names = envelope.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("type", "version", "data").contains(name)) {
        throw reading.fail(DecodingCode.JSON_UNKNOWN_FIELD, "/" + name, "an envelope has type, version and data only");
      }
    }
    String type = (String) reading.read(present(envelope, "type", reading), String.class, "/type");
    int version = (Integer) reading.read(present(envelope, "version", reading), Integer.class, "/version");
    JsonNode data = present(envelope, "data", reading);
    if (!data.isObject()) {
      throw reading.fail(DecodingCode.JSON_WRONG_TYPE, "/data", "the data is an object");
    }
    return new Encoded(type, version, text(data));
  }

  private static JsonNode present(JsonNode envelope, String field, Reading reading) {
    JsonNode node = envelope.get(field);
    if (node == null) {
      throw reading.fail(DecodingCode.JSON_MISSING_FIELD, "/" + field, "an envelope has a " + field);
    }
    return node;
  }

  private Object decode(Encoded encoded, Function<String, Optional<? extends Class<?>>> register) {
    Objects.requireNonNull(encoded, "encoded is required");
    Reading reading = new Reading(encoded.type());
    Class<?> kind = register.apply(encoded.type()).orElseThrow(() ->
        reading.fail(DecodingCode.JSON_UNKNOWN_TYPE, "/type", "no command or event of this kind is named " + encoded.type()));
    JsonNode data = parse(encoded.type(), encoded.data());
    return reading.record(lifted(encoded, data, reading), kind, "/data", Set.of());
  }

  private JsonNode lifted(Encoded encoded, JsonNode data, Reading reading) {
    if (encoded.version() > SCHEMA_VERSION || encoded.version() < 0) {
      throw reading.fail(DecodingCode.JSON_UNKNOWN_VERSION, "/version",
          "version " + encoded.version() + " is not one this SDK reads (0 to " + SCHEMA_VERSION + ")");
    }
    JsonNode current = data;
    for (int version = encoded.version(); version < SCHEMA_VERSION; version++) {
      Upcaster step = upcasters.get(key(encoded.type(), version));
      if (step == null || !current.isObject()) {
        throw reading.fail(DecodingCode.JSON_UNKNOWN_VERSION, "/version", "no upcaster lifts version " + version);
      }
      current = step.lift(((ObjectNode) current).deepCopy());
    }
    return current;
  }

  private static JsonNode parse(String type, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DecodingException(DecodingCode.JSON_MALFORMED, type, "", -1, "not JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  private static String key(String type, int version) {
    return type + "@" + version;
  }
}
