package dev.thyrida.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TaxId (ΑΦΜ) — X7 check digit")
class TaxIdTest {

  @ParameterizedTest(name = "X7: {0} is a valid tax id")
  @ValueSource(strings = {"010509832", "090000045", "011111111", "068933130"})
  void acceptsTheValidExamplesOfX7(String digits) {
    assertTrue(TaxId.isValid(digits));
    assertEquals(digits, TaxId.of(digits).value());
  }

  @ParameterizedTest(name = "X7: {0} fails the check digit")
  @ValueSource(strings = {"123456789", "010509833", "068933131"})
  void rejectsAWrongCheckDigit(String digits) {
    assertFalse(TaxId.isValid(digits));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TaxId.of(digits));
    assertEquals("TaxId", e.valueType());
  }

  @ParameterizedTest(name = "X7: \"{0}\" is not nine digits")
  @NullAndEmptySource
  @ValueSource(strings = {"01050983", "0105098320", "01050983a", " 10509832", "٠١٠٥٠٩٨٣٢"})
  void rejectsAnythingButNineAsciiDigits(String text) {
    assertFalse(TaxId.isValid(text));
    assertThrows(InvalidValueException.class, () -> new TaxId(text));
  }

  @ParameterizedTest(name = "X7: the check digit of {0}'s body is its last digit")
  @ValueSource(strings = {"010509832", "090000045", "011111111", "068933130"})
  void computesTheCheckDigitOfABody(String valid) {
    assertEquals(valid.charAt(8) - '0', TaxId.checkDigit(valid.substring(0, 8)));
    assertEquals(valid.charAt(8) - '0', TaxId.checkDigit(valid));
  }

  @ParameterizedTest(name = "X7: \"{0}\" has no eight-digit body")
  @NullAndEmptySource
  @ValueSource(strings = {"0105098", "0105098a"})
  void refusesABodyThatIsNotEightDigits(String text) {
    assertThrows(InvalidValueException.class, () -> TaxId.checkDigit(text));
  }
}
