package dev.thyrida.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** The envelope {@code {"type", "version", "data"}} as one JSON text. */
final class Envelope {

  private static final Set<String> MEMBERS = Set.of("type", "version", "data");

  private Envelope() {}

  /**
   * The envelope's text.
   *
   * @param encoded the stored form
   * @return {@code {"type":…,"version":…,"data":{…}}}
   */
  static String write(Encoded encoded) {
    ObjectNode envelope = JsonText.object();
    envelope.put("type", encoded.type());
    envelope.put("version", encoded.version());
    envelope.set("data", JsonText.parse(encoded.type(), encoded.data()));
    return JsonText.of(envelope);
  }

  /**
   * The stored form in an envelope's text.
   *
   * @param text the envelope
   * @return its parts
   * @throws DecodingException naming the member when it is not an envelope
   */
  static Encoded read(String text) {
    JsonNode envelope = JsonText.parse("", text);
    Reading reading = new Reading(envelope.path("type").asText(""));
    for (Iterator<String> names = envelope.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw reading.fail(DecodingCode.JSON_UNKNOWN_FIELD, "/" + name, "an envelope has type, version and data only");
      }
    }
    String type = (String) reading.read(present(envelope, "type", reading), String.class, "/type");
    int version = (Integer) reading.read(present(envelope, "version", reading), Integer.class, "/version");
    JsonNode data = present(envelope, "data", reading);
    if (!data.isObject()) {
      throw reading.fail(DecodingCode.JSON_WRONG_TYPE, "/data", "the data is an object");
    }
    return new Encoded(type, version, JsonText.of(data));
  }

  private static JsonNode present(JsonNode envelope, String member, Reading reading) {
    JsonNode node = envelope.get(member);
    if (node == null) {
      throw reading.fail(DecodingCode.JSON_MISSING_FIELD, "/" + member, "an envelope has a " + member);
    }
    return node;
  }
}
