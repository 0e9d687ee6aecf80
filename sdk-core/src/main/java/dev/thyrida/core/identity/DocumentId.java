package dev.thyrida.core.identity;


/**
 * The id of a document (έγγραφο) kept in a mailbox, given by the host (L26-1, X1).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the document's id
 */
public record DocumentId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the document's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public DocumentId {
    Shape.identifier("DocumentId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the document's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
