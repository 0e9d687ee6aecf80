package dev.thyrida.core.identity;


/**
 * The id of a public-sector body (φορέας) that authorises its employees for applications (K8, X5).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the agency's id
 */
public record AgencyId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the agency's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public AgencyId {
    Shape.identifier("AgencyId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the agency's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static AgencyId of(String value) {
    return new AgencyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
