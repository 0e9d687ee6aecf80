package dev.thyrida.testkit.gsis;

/**
 * Renders the userinfo answer of X6: {@code <root><userinfo userid=".." taxid=".." .../></root>},
 * attribute values escaped, and non-ASCII characters as numeric character references when the
 * identity asks for them. Internal.
 */
final class UserinfoXml {

  private UserinfoXml() {}

  static String render(GsisIdentity who) {
    boolean refs = who.characterReferences();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<root><userinfo"
        + attribute("userid", who.userid(), refs)
        + attribute("taxid", who.taxid(), refs)
        + attribute("lastname", who.lastname(), refs)
        + attribute("firstname", who.firstname(), refs)
        + attribute("fathername", who.fathername(), refs)
        + attribute("mothername", who.mothername(), refs)
        + attribute("birthyear", who.birthyear(), refs)
        + "/></root>";
  }

  private static String attribute(String name, String value, boolean refs) {
    return " " + name + "=\"" + escape(value, refs) + "\"";
  }

  private static String escape(String value, boolean refs) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (refs && c > 0x7e) {
            out.append("&#").append(c).append(';');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
