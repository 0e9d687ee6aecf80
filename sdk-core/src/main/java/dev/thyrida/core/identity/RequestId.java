package dev.thyrida.core.identity;


/**
 * The id of a citizen's request (αίτημα) to a KEP mailbox, given by the host (C1, L26-2).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the request's id
 */
public record RequestId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the request's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public RequestId {
    Shape.identifier("RequestId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the request's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
