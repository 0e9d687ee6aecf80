package dev.thyrida.core.identity;


/**
 * The protocol number of a transfer or placement decision (αριθμός πρωτοκόλλου απόφασης
 * μετακίνησης/τοποθέτησης), e.g. {@code 12345/2024} or {@code Δ.Υ. 8/2025} (C3, D8).
 *
 * <p>Shape: not blank, no control characters, no leading or trailing white space, at most 128 code
 * points; Greek is allowed.
 *
 * @param value the protocol number as written on the decision
 */
public record DecisionReference(String value) {

  /** The longest reference, in code points. */
  public static final int MAX_LENGTH = 128;

  /**
   * Validates the shape.
   *
   * @param value the protocol number
   * @throws InvalidValueException when it breaks the shape
   */
  public DecisionReference {
    Shape.text("DecisionReference", "the protocol number", value, MAX_LENGTH);
  }

  /**
   * Parses a reference.
   *
   * @param value the protocol number
   * @return the reference
   * @throws InvalidValueException as the constructor does
   */
  public static DecisionReference of(String value) {
    return new DecisionReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
