package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GsisUserinfoTest {

  static String answer(String attributes) {
    return "<root><userinfo " + attributes + "/></root>";
  }

  static final String FULL = "userid=\"User068933130\" taxid=\"068933130\" lastname=\"ΔΟΚΙΜΑΣΤΙΚΟΣ\""
      + " firstname=\"ΧΡΗΣΤΗΣ\" fathername=\"ΠΑΤΕΡΑΣ\" mothername=\"ΜΗΤΕΡΑ\" birthyear=\"1970\"";

  @Test
  @DisplayName("X6: reads the userinfo answer into an authenticated identity")
  void readsTheAnswer() {
    AuthenticatedIdentity identity =
        GsisUserinfo.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + answer(FULL));
    assertEquals(new AuthenticatedIdentity(TaxId.of("068933130"), TaxisNetUserId.of("User068933130"),
        PersonName.of("ΧΡΗΣΤΗΣ", "ΔΟΚΙΜΑΣΤΙΚΟΣ"), Optional.of("ΠΑΤΕΡΑΣ"), Optional.of("ΜΗΤΕΡΑ"),
        Optional.of(1970)), identity);
  }

  @Test
  @DisplayName("X6: trims padding and decodes numeric character references, decimal, hex and escaped twice")
  void trimsAndDecodes() {
    AuthenticatedIdentity identity = GsisUserinfo.parse(answer(
        "userid=\"User068933130   \" taxid=\" 068933130 \" lastname=\"&#916;&#927;&#922;&#921;&#924;&#913;    \""
            + " firstname=\"&#x03A7;&#x03A1;&#x0397;&#x03A3;&#x03A4;&#x0397;&#x03A3;\""
            + " fathername=\"&amp;#928;&amp;#913;&amp;#932;&amp;#917;&amp;#929;&amp;#913;&amp;#931;   \""
            + " mothername=\"   \" birthyear=\" 1970 \""));
    assertEquals(PersonName.of("ΧΡΗΣΤΗΣ", "ΔΟΚΙΜΑ"), identity.name());
    assertEquals(Optional.of("ΠΑΤΕΡΑΣ"), identity.fatherName());
    assertEquals(Optional.empty(), identity.motherName());
    assertEquals(Optional.of(1970), identity.birthYear());
    assertEquals("068933130", identity.taxId().value());
    assertEquals("User068933130", identity.userId().value());
  }

  @Test
  @DisplayName("X6: father's name, mother's name and birth year may be absent")
  void optionalPartsMayBeAbsent() {
    AuthenticatedIdentity identity = GsisUserinfo.parse(
        answer("userid=\"u1\" taxid=\"090000045\" lastname=\"Α\" firstname=\"Β\""));
    assertEquals(Optional.empty(), identity.fatherName());
    assertEquals(Optional.empty(), identity.birthYear());
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("X6, X7: refuses a malformed answer, naming what and where")
  @CsvSource(delimiter = '|', value = {
      "bad check digit      | userid=\"u\" taxid=\"123456789\" lastname=\"Α\" firstname=\"Β\" | INVALID_TAX_ID | userinfo/@taxid",
      "letters in tax id    | userid=\"u\" taxid=\"06893313A\" lastname=\"Α\" firstname=\"Β\" | INVALID_TAX_ID | userinfo/@taxid",
      "short tax id         | userid=\"u\" taxid=\"68933130\" lastname=\"Α\" firstname=\"Β\" | INVALID_TAX_ID | userinfo/@taxid",
      "no user id           | taxid=\"068933130\" lastname=\"Α\" firstname=\"Β\" | MISSING_ATTRIBUTE | userinfo/@userid",
      "blank last name      | userid=\"u\" taxid=\"068933130\" lastname=\"   \" firstname=\"Β\" | MISSING_ATTRIBUTE | userinfo/@lastname",
      "no first name        | userid=\"u\" taxid=\"068933130\" lastname=\"Α\" | MISSING_ATTRIBUTE | userinfo/@firstname",
      "space in user id     | userid=\"User 0689\" taxid=\"068933130\" lastname=\"Α\" firstname=\"Β\" | INVALID_VALUE | userinfo/@userid",
      "bad birth year       | userid=\"u\" taxid=\"068933130\" lastname=\"Α\" firstname=\"Β\" birthyear=\"19a0\" | INVALID_VALUE | userinfo/@birthyear",
      "escaped control char | userid=\"u\" taxid=\"068933130\" lastname=\"Α&amp;#1;Β\" firstname=\"Β\" | INVALID_VALUE | userinfo/@lastname",
      "escaped NUL          | userid=\"u\" taxid=\"068933130\" lastname=\"Α&amp;#0;\" firstname=\"Β\" | INVALID_VALUE | userinfo/@lastname",
      "escaped surrogate    | userid=\"u\" taxid=\"068933130\" lastname=\"&amp;#xD800;\" firstname=\"Β\" | INVALID_VALUE | userinfo/@lastname",
      "tab inside a name    | userid=\"u\" taxid=\"068933130\" lastname=\"Α&#9;Β\" firstname=\"Β\" | INVALID_VALUE | userinfo/@lastname",
      "unknown attribute    | userid=\"u\" taxid=\"068933130\" lastname=\"Α\" firstname=\"Β\" role=\"admin\" | UNEXPECTED_CONTENT | userinfo/@role"})
  void refusesBadAttributes(String why, String attributes, Problem problem, String where) {
    InvalidUserinfoException refusal =
        assertThrows(InvalidUserinfoException.class, () -> GsisUserinfo.parse(answer(attributes)));
    assertEquals(problem, refusal.problem(), why);
    assertEquals(where, refusal.where(), why);
  }

  @Test
  @DisplayName("a refusal never echoes the value it refused (personal data)")
  void refusalDoesNotEchoValues() {
    InvalidUserinfoException refusal = assertThrows(InvalidUserinfoException.class,
        () -> GsisUserinfo.parse(answer("userid=\"u\" taxid=\"123456789\" lastname=\"Α\" firstname=\"Β\"")));
    assertFalse(refusal.getMessage().contains("123456789"));
  }

  @Test
  @DisplayName("refuses a name longer than a person name may be")
  void refusesOverlongName() {
    String attributes = "userid=\"u\" taxid=\"068933130\" lastname=\"" + "Α".repeat(PersonName.MAX_LENGTH + 1)
        + "\" firstname=\"Β\"";
    InvalidUserinfoException refusal =
        assertThrows(InvalidUserinfoException.class, () -> GsisUserinfo.parse(answer(attributes)));
    assertEquals(Problem.INVALID_VALUE, refusal.problem());
    assertEquals("userinfo/@lastname", refusal.where());
  }
}
