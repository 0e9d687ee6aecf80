package dev.thyrida.core.identity;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TaxId (ΑΦΜ) properties — X7")
class TaxIdProperties {

  @Test
  @DisplayName("a nine-digit string is accepted exactly when its check digit holds")
  void aNineDigitStringIsAcceptedExactlyWhenItsCheckDigitHolds() {
    qt().forAll(integers().between(0, 99_999_999), integers().between(0, 9))
        .checkAssert((body, last) -> {
          String digits = String.format("%08d%d", body, last);
          boolean expected = expectedValid(digits);
          org.junit.jupiter.api.Assertions.assertEquals(expected, TaxId.isValid(digits), digits);
        });
  }

  @Test
  @DisplayName("the constructor either accepts or throws InvalidValueException, for any string")
  void theConstructorEitherAcceptsOrThrowsInvalidValueException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
        .check(text -> {
          try {
            return new TaxId(text).value().equals(text);
          } catch (InvalidValueException e) {
            return !TaxId.isValid(text);
          }
        });
  }

  private static boolean expectedValid(String digits) {
    long sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (long) (digits.charAt(i) - '0') * (long) Math.pow(2, 8 - i);
    }
    return (sum % 11) % 10 == digits.charAt(8) - '0';
  }
}
