package dev.thyrida.store.json;

/**
 * A command or event in its stored form: the three parts of the envelope {@code {"type", "version",
 * "data"}}, kept apart so that a store can put them in their own columns.
 *
 * @param type the stable type name, e.g. {@code mailbox.handler-added}
 * @param version the schema version the data was written in (0 for a host's own earlier layout)
 * @param data the JSON object of every field, as text
 */
public record Encoded(String type, int version, String data) {

  /**
   * Validates.
   *
   * @param type the stable type name
   * @param version the schema version
   * @param data the JSON object of every field
   */
  public Encoded {
    if (type == null || data == null) {
      throw new IllegalArgumentException("a stored form has a type and data");
    }
  }
}
