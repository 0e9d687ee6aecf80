package dev.thyrida.core.identity;

/**
 * A Greek tax id (ΑΦΜ): nine ASCII digits whose last digit is the check digit of X7.
 *
 * <p>The check: with digits d1..d9, S = d1·2⁸ + d2·2⁷ + … + d8·2¹; the id is valid when
 * (S mod 11) mod 10 = d9.
 *
 * @param value the nine digits
 */
public record TaxId(String value) {

  private static final int LENGTH = 9;

  /**
   * Validates the shape and the check digit.
   *
   * @param value the nine digits
   * @throws InvalidValueException when the value is null, not nine ASCII digits, or its check digit
   *     does not hold
   */
  public TaxId {
    if (value == null) {
      throw new InvalidValueException("TaxId", "a tax id (ΑΦΜ) is required");
    }
    if (!hasShape(value)) {
      throw new InvalidValueException("TaxId", "a tax id (ΑΦΜ) has exactly 9 digits 0-9");
    }
    if (!checkDigitHolds(value)) {
      throw new InvalidValueException("TaxId", "the check digit of tax id " + value + " does not hold");
    }
  }

  /**
   * Parses a tax id.
   *
   * @param value the nine digits
   * @return the tax id
   * @throws InvalidValueException as the constructor does
   */
  public static TaxId of(String value) {
    return new TaxId(value);
  }

  /**
   * Tells whether a text is a valid tax id, without throwing.
   *
   * @param text any text, or null
   * @return true when it has nine ASCII digits and its check digit holds
   */
  public static boolean isValid(CharSequence text) {
    return text != null && hasShape(text) && checkDigitHolds(text);
  }

  private static boolean hasShape(CharSequence text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean checkDigitHolds(CharSequence digits) {
    return checkDigitOf(digits) == digits.charAt(LENGTH - 1) - '0';
  }

  /**
   * The X7 check digit of a tax id's body: (Σ dᵢ·2⁹⁻ⁱ for i = 1..8, mod 11) mod 10.
   *
   * @param digits text whose first eight characters are ASCII digits (a ninth, if any, is ignored)
   * @return the check digit, 0–9
   * @throws InvalidValueException when the text is null or its first eight characters are not digits
   */
  public static int checkDigit(CharSequence digits) {
    if (digits == null || digits.length() < LENGTH - 1) {
      throw new InvalidValueException("TaxId", "a tax id's body has eight digits 0-9");
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException("TaxId", "a tax id's body has eight digits 0-9");
      }
    }
    return checkDigitOf(digits);
  }

  private static int checkDigitOf(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (digits.charAt(i) - '0') << (LENGTH - 1 - i);
    }
    return (sum % 11) % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
