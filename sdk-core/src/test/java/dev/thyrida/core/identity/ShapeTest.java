package dev.thyrida.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared shape checks of every value (issue 13: PIT survivors), each at its edges. */
class ShapeTest {

  @Test
  @DisplayName("an identifier of Latin letters, digits and . _ : - up to 64 characters is returned as it is")
  void identifiers() {
    assertEquals("azAZ09._:-", Shape.identifier("T", "azAZ09._:-"));
    assertEquals("x".repeat(Shape.IDENTIFIER_MAX), Shape.identifier("T", "x".repeat(Shape.IDENTIFIER_MAX)));
    assertThrows(InvalidValueException.class, () -> Shape.identifier("T", "x".repeat(Shape.IDENTIFIER_MAX + 1)));
    assertThrows(InvalidValueException.class, () -> Shape.identifier("T", ""));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"`", "{", "@", "[", "/", ";", "α", " "})
  @DisplayName("a character just outside each identifier range is refused, at its one-based position")
  void identifierEdges(String outside) {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> Shape.identifier("T", "ab" + outside));
    assertTrue(refused.getMessage().contains("(position 3)"), refused.getMessage());
  }

  @Test
  @DisplayName("text and bounded text are returned as they are up to their bound, refused one past it")
  void bounded() {
    assertEquals("Αβγ", Shape.text("T", "f", "Αβγ", 3));
    assertEquals(" x ", Shape.bounded("T", "f", " x ", 3));
    assertThrows(InvalidValueException.class, () -> Shape.bounded("T", "f", "abcd", 3));
    assertThrows(InvalidValueException.class, () -> Shape.text("T", "f", " x", 3));
    assertThrows(InvalidValueException.class, () -> Shape.bounded("T", "f", "a\u0007", 3));
  }

  @Test
  @DisplayName("X7: a tax id has nine ASCII digits: characters that keep the check sum but are not digits are refused")
  void taxIdShape() {
    assertTrue(TaxId.isValid("068933130"));
    // ';' is '0' + 11 and '.' is '9' - 11: the weighted sum modulo 11 is unchanged, only the shape is wrong
    assertFalse(TaxId.isValid(";68933130"));
    assertFalse(TaxId.isValid("068.33130"));
    assertFalse(TaxId.isValid("06893313"));
    assertFalse(TaxId.isValid("0689331300"));
  }
}
