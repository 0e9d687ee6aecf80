package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GsisUserinfoHostileInputTest {

  private static final String USER = "<userinfo userid=\"u\" taxid=\"068933130\" lastname=\"Α\" firstname=\"Β\"/>";

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("XXE: external entity to a file", "<?xml version=\"1.0\"?><!DOCTYPE root ["
            + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><root><userinfo userid=\"&xxe;\" taxid=\"068933130\""
            + " lastname=\"Α\" firstname=\"Β\"/></root>", Problem.DOCTYPE_FORBIDDEN, "document"),
        Arguments.of("XXE: external entity over the network", "<!DOCTYPE root [<!ENTITY x SYSTEM "
            + "\"http://127.0.0.1:1/x\">]><root>&x;</root>", Problem.DOCTYPE_FORBIDDEN, "document"),
        Arguments.of("external DTD", "<!DOCTYPE root SYSTEM \"http://127.0.0.1:1/gsis.dtd\"><root>"
            + USER + "</root>", Problem.DOCTYPE_FORBIDDEN, "document"),
        Arguments.of("billion laughs", "<!DOCTYPE root [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><root><userinfo userid=\"&d;\"/></root>",
            Problem.DOCTYPE_FORBIDDEN, "document"),
        Arguments.of("parameter entity", "<!DOCTYPE root [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p\"> %p;]>"
            + "<root/>", Problem.DOCTYPE_FORBIDDEN, "document"),
        Arguments.of("undeclared entity", "<root><userinfo userid=\"&foo;\"/></root>", Problem.NOT_XML, "document"),
        Arguments.of("XInclude", "<root xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
            + "<xi:include href=\"file:///etc/passwd\"/></root>", Problem.UNEXPECTED_CONTENT, "root/@*"),
        Arguments.of("control character reference", "<root><userinfo userid=\"&#1;\"/></root>",
            Problem.NOT_XML, "document"),
        Arguments.of("not XML", "{\"userid\":\"u\"}", Problem.NOT_XML, "document"),
        Arguments.of("truncated", "<root><userinfo userid=\"u\"", Problem.NOT_XML, "document"),
        Arguments.of("empty", "", Problem.NOT_XML, "document"),
        Arguments.of("huge", "<root>" + " ".repeat(UserinfoDocument.MAX_LENGTH) + USER + "</root>",
            Problem.NOT_XML, "document"),
        Arguments.of("another root", "<html>" + USER + "</html>", Problem.UNEXPECTED_ELEMENT, "html"),
        Arguments.of("no userinfo", "<root/>", Problem.UNEXPECTED_ELEMENT, "root/userinfo"),
        Arguments.of("two userinfo", "<root>" + USER + USER + "</root>", Problem.UNEXPECTED_ELEMENT,
            "root/userinfo"),
        Arguments.of("another element", "<root>" + USER + "<admin/></root>", Problem.UNEXPECTED_ELEMENT,
            "root/admin"),
        Arguments.of("text in root", "<root>hello" + USER + "</root>", Problem.UNEXPECTED_CONTENT, "root"),
        Arguments.of("CDATA in root", "<root><![CDATA[x]]>" + USER + "</root>", Problem.UNEXPECTED_CONTENT,
            "root"),
        Arguments.of("processing instruction", "<root><?php echo 1; ?>" + USER + "</root>",
            Problem.UNEXPECTED_CONTENT, "root"),
        Arguments.of("children in userinfo", "<root><userinfo userid=\"u\"><x/></userinfo></root>",
            Problem.UNEXPECTED_CONTENT, "userinfo"),
        Arguments.of("namespaced attribute", "<root><userinfo xmlns:e=\"urn:e\" e:userid=\"u\"/></root>",
            Problem.UNEXPECTED_CONTENT, "userinfo/@e:userid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("X6: refuses hostile or foreign documents without resolving anything")
  void refusesHostileInput(String why, String xml, Problem problem, String where) {
    InvalidUserinfoException refusal =
        assertThrows(InvalidUserinfoException.class, () -> GsisUserinfo.parse(xml));
    assertEquals(problem, refusal.problem(), why);
    assertEquals(where, refusal.where(), why);
  }

  @Test
  @DisplayName("refuses null as not XML")
  void refusesNull() {
    assertEquals(Problem.NOT_XML,
        assertThrows(InvalidUserinfoException.class, () -> GsisUserinfo.parse(null)).problem());
  }

  @Test
  @DisplayName("a comment and white space around userinfo are harmless")
  void toleratesCommentsAndWhiteSpace() {
    assertEquals("u", GsisUserinfo.parse("<root>\n  <!-- gsis -->\n  " + USER + "\n</root>").userId().value());
  }
}
