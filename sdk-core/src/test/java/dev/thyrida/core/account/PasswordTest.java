package dev.thyrida.core.account;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.T0;
import static dev.thyrida.core.fixture.Sample.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.ServiceUsername;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password — never echoed (D5)")
class PasswordTest {

  private static final String SECRET = "Kr1ptik0!";

  @Test
  @DisplayName("D5: toString shows a mask, never the characters")
  void toStringIsMasked() {
    assertEquals("****", Password.of(SECRET).toString());
  }

  @Test
  @DisplayName("D5: commands holding passwords do not print them")
  void commandsDoNotPrintPasswords() {
    CreateServiceAccount create = new CreateServiceAccount(employee(CLERK), T0, ServiceUsername.of("eleni_d"),
        Password.of(SECRET), Password.of(SECRET + "x"));
    ChangePassword change = new ChangePassword(employee(CLERK), T0, Password.of(SECRET), Password.of(SECRET));
    assertFalse(create.toString().contains(SECRET), create.toString());
    assertFalse(change.toString().contains(SECRET), change.toString());
    assertTrue(create.toString().contains("eleni_d"));
  }

  @Test
  @DisplayName("K6: two passwords are equal exactly when their characters are")
  void equalityIsByCharacters() {
    assertEquals(Password.of(SECRET), Password.of(SECRET));
    assertTrue(Password.of(SECRET).matches(Password.of(SECRET)));
    assertNotEquals(Password.of(SECRET), Password.of(SECRET + "!"));
    assertNotEquals(Password.of("abc"), Password.of("abd"));
    assertNotEquals(Password.of(""), Password.of("\0"));
    assertFalse(Password.of(SECRET).matches(null));
    assertEquals(Password.of("a").hashCode(), Password.of("b").hashCode());
  }

  @Test
  @DisplayName("D2: the length counts code points; null is refused without echo")
  void lengthAndNull() {
    assertEquals(2, Password.of("a\uD83D\uDE00").codePointCount());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Password.of(null));
    assertEquals("Password", e.valueType());
  }

  @Test
  @DisplayName("K6: passwords of different lengths never match, whichever is the longer, and a prefix is not a match")
  void differentLengthsNeverMatch() {
    assertFalse(Password.of("S3cret!pw").matches(Password.of("S3cret!pwx")));
    assertFalse(Password.of("S3cret!pwx").matches(Password.of("S3cret!pw")));
    assertTrue(Password.of("S3cret!pw").matches(Password.of("S3cret!pw")));
    assertFalse(Password.of("S3cret!pw").matches(null));
  }
}
