package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X6, issue 13 defect 4: every refusal of the userinfo parser is its documented exception. */
class GsisUserinfoRefusalTest {

  static String document(String attribute, String value) {
    StringBuilder xml = new StringBuilder("<root><userinfo");
    for (String[] pair : new String[][] {{"userid", "u1"}, {"taxid", "068933130"}, {"lastname", "Α"},
        {"firstname", "Β"}, {"birthyear", "1970"}}) {
      xml.append(' ').append(pair[0]).append("=\"").append(pair[0].equals(attribute) ? value : pair[1]).append('"');
    }
    return xml.append("/></root>").toString();
  }

  @ParameterizedTest(name = "{0}=\"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "birthyear|0999", "birthyear|0000", "birthyear|0001",
      "firstname|Μα&#x202E;ρία", "lastname|Πα&#x200B;πα", "firstname|&#xA0;Μαρία", "lastname|Παπα&#xA0;",
      "firstname|Μα&#x2066;ρία", "userid|&#xA0;u1", "userid|u1&#xA0;", "taxid|&#xA0;068933130"})
  @DisplayName("X6: a value the core refuses is an InvalidUserinfoException naming the attribute or the element")
  void refusedAsDocumented(String attribute, String value) {
    InvalidUserinfoException refusal =
        assertThrows(InvalidUserinfoException.class, () -> GsisUserinfo.parse(document(attribute, value)));
    assertEquals(attribute.equals("taxid") ? Problem.INVALID_TAX_ID : Problem.INVALID_VALUE, refusal.problem());
  }

  @ParameterizedTest(name = "{0}=\"{1}\"")
  @CsvSource(delimiter = '|', value = {"birthyear|1000", "birthyear|9999", "firstname|Μαρία-Ελένη"})
  @DisplayName("X6: the bounds themselves are read")
  void boundsRead(String attribute, String value) {
    GsisUserinfo.parse(document(attribute, value));
  }

  @org.junit.jupiter.api.Test
  @DisplayName("X6: a refusal names a long foreign attribute or element cut, never whole (found by fuzzing)")
  void longNamesCut() {
    String name = "u" + "W".repeat(900) + "serid"; // the JDK's secure processing refuses names over 1000
    InvalidUserinfoException attribute = assertThrows(InvalidUserinfoException.class,
        () -> GsisUserinfo.parse("<root><userinfo " + name + "=\"u1\"/></root>"));
    assertEquals("userinfo/@" + name.substring(0, UserinfoDocument.MOST_NAMED) + "\u2026", attribute.where());
    InvalidUserinfoException element = assertThrows(InvalidUserinfoException.class,
        () -> GsisUserinfo.parse("<" + name + "/>"));
    assertEquals(UserinfoDocument.MOST_NAMED + 1, element.where().length());
  }
}
