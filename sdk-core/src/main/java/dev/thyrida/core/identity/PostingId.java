package dev.thyrida.core.identity;


/**
 * The id of one posting (τοποθέτηση/μετακίνηση) of an employee at a KEP, given by the HR feed (C3, D8).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the posting's id
 */
public record PostingId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the posting's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public PostingId {
    Shape.identifier("PostingId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the posting's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static PostingId of(String value) {
    return new PostingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
