package dev.thyrida.core.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The clause register in the jar: every clause in words")
class ClauseTextTest {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  @Test
  @DisplayName("Every clause has a kind, a source with a reference, two titles, a Greek text and an English rendering")
  void everyClauseInWords() {
    for (Clause clause : Clause.values()) {
      ClauseText text = clause.text();
      assertEquals(clause, text.clause());
      for (String field : new String[] {text.titleEnglish(), text.titleGreek(), text.greek(), text.english(),
          text.source().titleGreek(), text.source().titleEnglish(), text.source().reference()}) {
        assertFalse(field.isBlank(), clause.id());
      }
      assertTrue(text.greek().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GREEK)
          || clause == Clause.K7, clause.id() + " has Greek text");
    }
  }

  @Test
  @DisplayName("Each clause's kind follows its id: L26 law, C circular, K guide, D decision, X fact")
  void kindsFollowIds() {
    for (Clause clause : Clause.values()) {
      ClauseKind expected = switch (clause.id().substring(0, 1)) {
        case "L" -> ClauseKind.LAW;
        case "C" -> ClauseKind.CIRCULAR;
        case "K" -> ClauseKind.GUIDE;
        case "D" -> ClauseKind.DECISION;
        default -> ClauseKind.FACT;
      };
      assertEquals(expected, clause.text().kind(), clause.id());
      assertEquals(expected.quotesASource(), !Set.of("team", "public").contains(clause.text().source().id()), clause.id());
    }
  }

  @Test
  @DisplayName("The guide's source names its related circular; titles and texts follow the reader's language")
  void sourcesAndLanguages() {
    ClauseText k5 = Clause.K5.text();
    assertTrue(k5.source().reference().contains("ΔΙΠΑΑΔ/Φ.81/1011/οικ.9434/31.05.2023"), k5.source().reference());
    assertEquals("Password rules", k5.title(Locale.ENGLISH));
    assertEquals("Κανόνες κωδικού", k5.title(GREEK));
    assertTrue(k5.text(GREEK).startsWith("Ο «Κωδικός» θα πρέπει"), k5.text(GREEK));
    assertTrue(k5.text(Locale.ROOT).startsWith("Password: at least 8"), k5.text(Locale.ROOT));
  }

  @Test
  @DisplayName("The register holds no block for a clause the enum does not have")
  void noStrayBlocks() throws IOException {
    Properties register = new Properties();
    try (var in = Clause.class.getResourceAsStream("register.properties")) {
      register.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> ids = new TreeSet<>();
    register.stringPropertyNames().stream().filter(key -> !key.startsWith("source."))
        .forEach(key -> ids.add(key.substring(0, key.indexOf('.'))));
    Set<String> known = new TreeSet<>();
    for (Clause clause : Clause.values()) {
      known.add(clause.id());
    }
    assertEquals(known, ids);
  }
}
