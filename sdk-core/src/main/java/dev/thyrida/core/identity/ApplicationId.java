package dev.thyrida.core.identity;


/**
 * The id of a public-administration application (εφαρμογή) an agency authorises employees for (K8, X5).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the application's id
 */
public record ApplicationId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the application's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public ApplicationId {
    Shape.identifier("ApplicationId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the application's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
