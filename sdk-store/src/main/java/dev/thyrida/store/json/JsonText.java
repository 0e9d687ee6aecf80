package dev.thyrida.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON text to a tree and back, strictly: a field written twice is malformed. */
final class JsonText {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonText() {}

  /**
   * Parses text.
   *
   * @param type the type name the text belongs to, for the error
   * @param text the text
   * @return its tree
   * @throws DecodingException ({@link DecodingCode#JSON_MALFORMED}, naming line and column) when it is not JSON
   */
  static JsonNode parse(String type, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DecodingException(DecodingCode.JSON_MALFORMED, type, "", -1, "not JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  /**
   * Writes a tree compactly.
   *
   * @param node the tree
   * @return its text
   */
  static String of(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /**
   * A new, empty object.
   *
   * @return it
   */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
