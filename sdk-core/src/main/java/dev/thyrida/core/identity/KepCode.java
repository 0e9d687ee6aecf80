package dev.thyrida.core.identity;


/**
 * The code of a citizen service centre (κωδικός ΚΕΠ), as the host's register assigns it (C1, X9).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the KEP's code
 */
public record KepCode(String value) {

  /**
   * Validates the shape.
   *
   * @param value the KEP's code
   * @throws InvalidValueException when the value is null or has another shape
   */
  public KepCode {
    Shape.identifier("KepCode", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the KEP's code
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static KepCode of(String value) {
    return new KepCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
