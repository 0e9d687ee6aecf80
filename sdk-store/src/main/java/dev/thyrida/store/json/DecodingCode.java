package dev.thyrida.store.json;

/**
 * Why a stored form could not be read back (λόγος αποτυχίας ανάγνωσης); each name is unique across
 * the SDK.
 */
public enum DecodingCode {
  /** The text is not JSON at all; the exception names line and column. */
  JSON_MALFORMED,
  /** No command or event has the type name. */
  JSON_UNKNOWN_TYPE,
  /** The schema version is newer than this SDK's, or older with no upcaster to lift it. */
  JSON_UNKNOWN_VERSION,
  /** A required field is absent. */
  JSON_MISSING_FIELD,
  /** A field that is not part of the type is present. */
  JSON_UNKNOWN_FIELD,
  /** A field holds another JSON type than its own (e.g. a number where a string belongs). */
  JSON_WRONG_TYPE,
  /** A field's value is well-typed JSON but not a valid value (e.g. a tax id whose check digit fails, X7). */
  JSON_INVALID_VALUE
}
