package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** X6, issue 13: the parser's only failure is its documented exception. */
@DisplayName("X6: GSIS userinfo parsing fails only with InvalidUserinfoException")
class GsisUserinfoProperties {

  private static final List<String> ATTRIBUTES =
      List.of("userid", "taxid", "lastname", "firstname", "fathername", "mothername", "birthyear", "other");

  /** Values near the edges: digits, years, names with format and space characters, references. */
  private static Gen<String> values() {
    Gen<String> numbers = integers().between(-1, 100_000).map(each -> String.valueOf(each));
    Gen<String> padded = integers().between(0, 9999).map(year -> String.format("%04d", year));
    Gen<String> text = strings().betweenCodePoints(0x20, 0x3FF).ofLengthBetween(0, 12)
        .map(each -> each.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"));
    Gen<String> tricky = Generate.pick(List.of("&#x202E;", "&#x200B;", "&#xA0;", "&#1;", "&#x9B;", "&#xFEFF;",
        "&#xD800;", "&#x1F600;", "068933130", "u1", "Μαρία", " ", "", "&#32;", "&#x7F;"));
    Gen<String> joined = lists().of(tricky.mix(text)).ofSizeBetween(1, 4).map(parts -> String.join("", parts));
    return numbers.mix(padded).mix(joined);
  }

  /** A valid answer with one to three attributes replaced by generated values, or left out. */
  private static Gen<String> documents() {
    Gen<String[]> change = Generate.pick(ATTRIBUTES).zip(values().mix(Generate.constant((String) null)),
        (name, value) -> new String[] {name, value});
    return lists().of(change).ofSizeBetween(1, 3).map(changes -> {
      Map<String, String> attributes = new LinkedHashMap<>(Map.of("userid", "u1", "taxid", "068933130",
          "lastname", "Α", "firstname", "Β", "birthyear", "1970"));
      changes.forEach(each -> {
        if (each[1] == null) {
          attributes.remove(each[0]);
        } else {
          attributes.put(each[0], each[1]);
        }
      });
      StringBuilder xml = new StringBuilder("<root><userinfo");
      attributes.forEach((name, value) -> xml.append(' ').append(name).append("=\"").append(value).append('"'));
      return xml.append("/></root>").toString();
    });
  }

  @Test
  @DisplayName("X6: any generated document is read or refused with InvalidUserinfoException, nothing else")
  void onlyTheDocumentedException() {
    qt().withExamples(5_000).forAll(documents()).checkAssert(xml -> {
      try {
        GsisUserinfo.parse(xml);
      } catch (InvalidUserinfoException expected) {
        // documented
      } catch (RuntimeException e) {
        fail(e + " for " + xml);
      }
    });
  }
}
