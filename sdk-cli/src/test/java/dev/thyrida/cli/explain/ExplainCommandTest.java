package dev.thyrida.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import dev.thyrida.core.clause.Clause;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("thyrida explain: clauses and codes in words, in Greek or English")
class ExplainCommandTest {

  @Test
  @DisplayName("K5: a guide clause prints its source with the related circular, the Greek original and an English rendering")
  void guideClauseInEnglish() {
    Run run = Run.of("", "explain", "K5", "--lang", "en");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("K5 \u2014 Password rules\n"), run.out());
    assertTrue(run.out().contains("ΔΙΠΑΑΔ/Φ.81/1011/οικ.9434/31.05.2023"), run.out());
    assertTrue(run.out().contains("original (Greek):\n    Ο «Κωδικός» θα πρέπει"), run.out());
    assertTrue(run.out().contains("in English:\n    Password: at least 8 characters"), run.out());
  }

  @Test
  @DisplayName("C6: in Greek, the circular's own sentence, without an English rendering")
  void circularClauseInGreek() {
    Run run = Run.of("", "explain", "c6", "--lang", "el");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("C6 \u2014 Απώλεια ιδιότητας: άμεση διαγραφή\n"), run.out());
    assertTrue(run.out().contains("πρωτότυπο κείμενο:\n    Σε περίπτωση δε απώλειας"), run.out());
    assertTrue(!run.out().contains("in English"), run.out());
  }

  @Test
  @DisplayName("D7: a product decision is marked as such, not as a source text")
  void decisionMarked() {
    Run run = Run.of("", "explain", "D7", "--lang", "en");
    assertTrue(run.out().contains("a product decision of the Thyrida team (not a source text)"), run.out());
  }

  @Test
  @DisplayName("K5: a code prints its clause, its message template, then the clause")
  void code() {
    Run run = Run.of("", "explain", "PASSWORD_TOO_SHORT", "--lang", "en");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("PASSWORD_TOO_SHORT (K5)\n  message: The password has {length} characters"), run.out());
    assertTrue(run.out().contains("\n  parameters: length, minimum\n"), run.out());
    assertTrue(run.out().contains("K5 \u2014 Password rules"), run.out());
  }

  @Test
  @DisplayName("Every clause of the register explains itself in both languages")
  void everyClause() {
    for (Clause clause : Clause.values()) {
      for (String lang : new String[] {"el", "en"}) {
        Run run = Run.of("", "explain", clause.id(), "--lang", lang);
        assertEquals(0, run.status(), clause.id() + " " + run.err());
        assertTrue(run.out().startsWith(clause.id() + " \u2014 "), run.out());
      }
    }
  }

  @Test
  @DisplayName("An unknown subject is an input error (exit 2) naming it")
  void unknown() {
    Run run = Run.of("", "explain", "K99", "--lang", "en");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("K99"), run.err());
  }
}
