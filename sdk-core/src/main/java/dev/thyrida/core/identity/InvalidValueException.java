package dev.thyrida.core.identity;

/**
 * Thrown when a value's own shape is wrong on construction: names the value's type and what is
 * wrong, never a bare {@link NullPointerException}.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the value type that refused its input. */
  private final String valueType;

  /** What was wrong, in words. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param valueType the simple name of the value type being built, e.g. {@code TaxId}
   * @param problem what is wrong with the input, in words; never the text of a secret
   */
  public InvalidValueException(String valueType, String problem) {
    super(valueType + ": " + problem);
    this.valueType = valueType;
    this.problem = problem;
  }

  /**
   * The value type that refused its input.
   *
   * @return the simple name of the value type
   */
  public String valueType() {
    return valueType;
  }

  /**
   * What was wrong with the input.
   *
   * @return the problem, in words
   */
  public String problem() {
    return problem;
  }
}
