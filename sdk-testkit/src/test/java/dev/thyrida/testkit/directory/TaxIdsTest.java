package dev.thyrida.testkit.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.thyrida.core.identity.TaxId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"010509832", "090000045", "011111111", "068933130"})
  @DisplayName("X7: computes the check digit of the known valid tax ids")
  void checkDigitOfKnownIds(String valid) {
    assertEquals(valid.charAt(8) - '0', TaxIds.checkDigit(valid.substring(0, 8)));
    assertEquals(TaxId.of(valid), TaxIds.valid(Integer.parseInt(valid.substring(0, 8))));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 9})
  @DisplayName("X7: an id whose only fault is its check digit is invalid")
  void wrongCheckDigit(int offset) {
    String invalid = TaxIds.invalidCheckDigit(6_893_313, offset);
    assertEquals("06893313", invalid.substring(0, 8));
    assertFalse(TaxId.isValid(invalid));
  }
}
