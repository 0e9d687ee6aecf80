/**
 * The JSON form (μορφή JSON) of every command and event, for hosts that persist them and for
 * non-Java readers of the log: an envelope {@code {"type", "version", "data"}} where {@code type}
 * is the stable type name, {@code version} the schema version and {@code data} every field by name;
 * instants as ISO-8601 UTC. No password or confirmation is ever written (D5): a command that carries
 * one is refused. Decoding errors name the type, the field (a JSON pointer) and the log position
 * ({@link dev.thyrida.store.json.DecodingException}); an upcaster lifts older versions. The JSON
 * Schema of the form is the resource {@code dev/thyrida/store/json/thyrida-log.schema.json}.
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.store.json;
