package dev.thyrida.store.json;

import com.fasterxml.jackson.databind.JsonNode;
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
    return new Encoded(event.type(), SCHEMA_VERSION, JsonText.of(Writing.write(event, event.getClass())));
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
    return new Encoded(name.get(), SCHEMA_VERSION, JsonText.of(Writing.write(command, command.getClass())));
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
    return Envelope.write(encoded);
  }

  /**
   * The stored form in an envelope's text.
   *
   * @param text the envelope
   * @return its parts
   * @throws DecodingException when it is not an envelope
   */
  public static Encoded fromEnvelope(String text) {
    return Envelope.read(text);
  }

  private Object decode(Encoded encoded, Function<String, Optional<? extends Class<?>>> register) {
    Objects.requireNonNull(encoded, "encoded is required");
    Reading reading = new Reading(encoded.type());
    Class<?> kind = register.apply(encoded.type()).orElseThrow(() ->
        reading.fail(DecodingCode.JSON_UNKNOWN_TYPE, "/type", "no command or event of this kind is named " + encoded.type()));
    JsonNode data = JsonText.parse(encoded.type(), encoded.data());
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

  private static String key(String type, int version) {
    return type + "@" + version;
  }
}
