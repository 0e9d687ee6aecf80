package dev.thyrida.core.identity;


/**
 * A person's TAXISnet user id (όνομα χρήστη TAXISnet), e.g. {@code User068933130}, as the GSIS
 * userinfo answer gives it (X6); the SDK never sees the TAXISnet password (D9).
 *
 * <p>Shape: 1 to 64 code points, no white space, no control characters. Padding from the userinfo
 * answer is the parser's to strip.
 *
 * @param value the user id
 */
public record TaxisNetUserId(String value) {

  /** The longest user id, in code points. */
  public static final int MAX_LENGTH = 64;

  /**
   * Validates the shape.
   *
   * @param value the user id
   * @throws InvalidValueException when it is null, empty, too long, or has white space or control
   *     characters
   */
  public TaxisNetUserId {
    Shape.bounded("TaxisNetUserId", "the user id", value, MAX_LENGTH);
    if (value.codePoints().anyMatch(Character::isWhitespace)) {
      throw new InvalidValueException("TaxisNetUserId", "the user id must not contain white space");
    }
  }

  /**
   * Parses a user id.
   *
   * @param value the user id
   * @return the user id
   * @throws InvalidValueException as the constructor does
   */
  public static TaxisNetUserId of(String value) {
    return new TaxisNetUserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
