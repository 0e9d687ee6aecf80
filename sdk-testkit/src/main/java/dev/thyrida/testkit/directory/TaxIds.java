package dev.thyrida.testkit.directory;

import dev.thyrida.core.identity.TaxId;

/**
 * Tax ids (ΑΦΜ) made to order (X7): valid ones from a serial number, and look-alikes whose only
 * fault is the check digit.
 */
public final class TaxIds {

  /** The largest serial: eight digits before the check digit. */
  public static final int MAX_SERIAL = 99_999_999;

  private TaxIds() {}

  /**
   * The check digit of X7 for eight digits: (Σ dᵢ·2⁹⁻ⁱ mod 11) mod 10.
   *
   * @param eightDigits the first eight digits
   * @return the ninth digit, 0-9
   */
  public static int checkDigit(String eightDigits) {
    if (eightDigits == null || eightDigits.length() != 8) {
      throw new IllegalArgumentException("a tax id's body has eight digits");
    }
    return TaxId.checkDigit(eightDigits);
  }

  /**
   * The valid tax id whose first eight digits are the serial, zero-padded.
   *
   * @param serial 0 to {@link #MAX_SERIAL}
   * @return the tax id
   */
  public static TaxId valid(int serial) {
    String body = body(serial);
    return TaxId.of(body + checkDigit(body));
  }

  /**
   * Nine digits that fail only by their check digit: the serial's body with a wrong ninth digit.
   *
   * @param serial 0 to {@link #MAX_SERIAL}
   * @param offset 1 to 9: how far the ninth digit is from the right one, modulo 10
   * @return the invalid text
   */
  public static String invalidCheckDigit(int serial, int offset) {
    if (offset < 1 || offset > 9) {
      throw new IllegalArgumentException("offset is 1 to 9, not " + offset);
    }
    String body = body(serial);
    return body + (checkDigit(body) + offset) % 10;
  }

  private static String body(int serial) {
    if (serial < 0 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("a serial is 0 to " + MAX_SERIAL + ", not " + serial);
    }
    return String.format("%08d", serial);
  }
}
