package dev.thyrida.store.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lifts the data of one type by one schema version (ανάγνωση παλαιότερης έκδοσης): a host that
 * stored version {@code n} of a type (or, as version 0, its own layout from before it adopted this
 * form) registers one upcaster per step {@code n -> n + 1}, and
 * decoding chains them up to {@link LogJson#SCHEMA_VERSION}.
 */
@FunctionalInterface
public interface Upcaster {

  /**
   * The data at the next version.
   *
   * @param data the data at the version this upcaster was registered for; it may be changed in place
   * @return the data one version later
   */
  ObjectNode lift(ObjectNode data);
}
