package dev.thyrida.core.identity;

import java.util.List;

/**
 * The shape checks the core's values share; each failure is an {@link InvalidValueException} naming
 * the value type and the problem, never a bare {@link NullPointerException}.
 *
 * <p>Not API: public only so the core's packages share one set of checks; it lives beside the
 * exception it throws so that no package cycle runs through them (ADR 0010). It may change without
 * notice.
 */
public final class Shape {

  /** The longest identifier, in characters. */
  public static final int IDENTIFIER_MAX = 64;

  private Shape() {}

  /**
   * Requires a component to be present.
   *
   * @param <T> the component's type
   * @param type the value type's simple name
   * @param field the component's name
   * @param value the component
   * @return the component
   * @throws InvalidValueException when it is null
   */
  public static <T> T required(String type, String field, T value) {
    if (value == null) {
      throw new InvalidValueException(type, field + " is required");
    }
    return value;
  }

  /**
   * Requires an identifier: 1 to 64 ASCII letters, digits or {@code . _ : -}.
   *
   * @param type the value type's simple name
   * @param value the identifier
   * @return the identifier
   * @throws InvalidValueException when it is null or has another shape
   */
  public static String identifier(String type, String value) {
    required(type, "the value", value);
    if (value.isEmpty() || value.length() > IDENTIFIER_MAX) {
      throw new InvalidValueException(type, "an identifier has 1 to " + IDENTIFIER_MAX + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isIdentifierChar(value.charAt(i))) {
        throw new InvalidValueException(
            type, "an identifier has only Latin letters, digits and . _ : - (position " + (i + 1) + ")");
      }
    }
    return value;
  }

  /**
   * Requires a text: not blank, no control characters, no leading or trailing white space, at most
   * {@code maxCodePoints} code points. Greek and any other script are allowed.
   *
   * @param type the value type's simple name
   * @param field the component's name
   * @param value the text
   * @param maxCodePoints the longest allowed length, in code points
   * @return the text
   * @throws InvalidValueException when it breaks one of the rules
   */
  public static String text(String type, String field, String value, int maxCodePoints) {
    required(type, field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(type, field + " must not be blank");
    }
    if (Character.isWhitespace(value.codePointAt(0))
        || Character.isWhitespace(value.codePointBefore(value.length()))) {
      throw new InvalidValueException(type, field + " must not start or end with white space");
    }
    return bounded(type, field, value, maxCodePoints);
  }

  /**
   * Requires a non-empty text with no control characters and at most {@code maxCodePoints} code
   * points; white space is allowed anywhere (its rules belong to a policy).
   *
   * @param type the value type's simple name
   * @param field the component's name
   * @param value the text
   * @param maxCodePoints the longest allowed length, in code points
   * @return the text
   * @throws InvalidValueException when it breaks one of the rules
   */
  public static String bounded(String type, String field, String value, int maxCodePoints) {
    required(type, field, value);
    if (value.isEmpty()) {
      throw new InvalidValueException(type, field + " must not be empty");
    }
    if (value.codePointCount(0, value.length()) > maxCodePoints) {
      throw new InvalidValueException(type, field + " has more than " + maxCodePoints + " code points");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(type, field + " must not contain control characters");
    }
    return value;
  }

  /**
   * Requires a list with no null element, and freezes it.
   *
   * @param <T> the element type
   * @param type the value type's simple name
   * @param field the component's name
   * @param elements the list
   * @return an unmodifiable copy
   * @throws InvalidValueException when the list or an element is null
   */
  public static <T> List<T> list(String type, String field, List<? extends T> elements) {
    required(type, field, elements);
    for (T element : elements) {
      required(type, field + " element", element);
    }
    return List.copyOf(elements);
  }

  private static boolean isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == ':' || c == '-';
  }
}
