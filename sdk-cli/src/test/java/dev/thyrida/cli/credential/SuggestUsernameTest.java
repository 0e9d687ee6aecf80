package dev.thyrida.cli.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import dev.thyrida.policy.credential.CredentialPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuggestUsernameTest {

  @Test
  @DisplayName("X8: suggestions from a Greek name by ELOT 743, each valid under K4")
  void greekName() {
    Run run = Run.of("", "suggest-username", "Ευάγγελος Μπαμπινιώτης");
    assertEquals(0, run.status());
    assertEquals("evangelos_bampiniotis", run.lines().get(0));
    run.lines().forEach(name -> assertTrue(CredentialPolicy.defaults().checkUsername(name).isValid(), name));
  }

  @Test
  @DisplayName("X8: several words are joined as one name")
  void words() {
    assertEquals(Run.of("", "suggest-username", "Μαρία Παπαδοπούλου").out(),
        Run.of("", "suggest-username", "Μαρία", "Παπαδοπούλου").out());
  }

  @Test
  @DisplayName("D4: never suggests the TAXISnet user id")
  void taxisNet() {
    Run run = Run.of("", "suggest-username", "--taxisnet-user", "maria_papadopoulou", "Μαρία Παπαδοπούλου");
    assertFalse(run.lines().stream().anyMatch("maria_papadopoulou"::equalsIgnoreCase), run.out());
  }

  @Test
  @DisplayName("A name with no transliterable letter gives status 1; a blank or missing name is a usage error")
  void noSuggestion() {
    Run none = Run.of("", "suggest-username", "東京");
    assertEquals(1, none.status());
    assertEquals("", none.out());
    assertEquals(2, Run.of("", "suggest-username", "  ").status());
    assertEquals(2, Run.of("", "suggest-username").status());
  }
}
