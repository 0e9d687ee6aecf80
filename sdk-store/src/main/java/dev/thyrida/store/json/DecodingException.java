package dev.thyrida.store.json;

import java.util.OptionalLong;

/**
 * A stored form could not be read back: it names its {@link DecodingCode}, the type name, the field
 * as a JSON pointer into the envelope (e.g. {@code /data/actor/id}) and, when read from a log, the
 * event's position there. Never echoes a password: none is ever written (D5).
 */
public final class DecodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  private final DecodingCode code;
  /** The type name as written, or empty when unreadable. */
  private final String type;
  /** The JSON pointer of the field. */
  private final String field;
  /** The log position, or -1 when not read from a log. */
  private final long position;
  /** What was wrong, in words. */
  private final String detail;

  DecodingException(DecodingCode code, String type, String field, long position, String detail) {
    super(describe(code, type, field, position, detail));
    this.code = code;
    this.type = type;
    this.field = field;
    this.position = position;
    this.detail = detail;
  }

  private static String describe(DecodingCode code, String type, String field, long position, String detail) {
    String where = position < 0 ? "" : " at log position " + position;
    String what = type.isEmpty() ? "a stored form" : type;
    return code + ": " + what + where + ", field " + (field.isEmpty() ? "/" : field) + ": " + detail;
  }

  /**
   * The same failure, located at a log position.
   *
   * @param logPosition the position of the stored event
   * @return a new exception naming it
   */
  public DecodingException at(long logPosition) {
    DecodingException located = new DecodingException(code, type, field, logPosition, detail);
    located.setStackTrace(getStackTrace());
    return located;
  }

  /**
   * Why.
   *
   * @return the code
   */
  public DecodingCode code() {
    return code;
  }

  /**
   * The type name as written.
   *
   * @return the name, or an empty string when the envelope had none
   */
  public String type() {
    return type;
  }

  /**
   * The field, as a JSON pointer into the envelope.
   *
   * @return e.g. {@code /data/handler}; empty for the envelope itself
   */
  public String field() {
    return field;
  }

  /**
   * The log position of the stored event.
   *
   * @return the position, or empty when the form was not read from a log
   */
  public OptionalLong position() {
    return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
  }
}
