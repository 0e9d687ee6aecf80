package dev.thyrida.policy.credential.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X8, K4, D4: username suggestions from a full name")
class UsernameSuggestionsTest {

  @Test
  @DisplayName("X8: a Greek full name gives transliterated suggestions, best first")
  void greekName() {
    assertEquals(List.of("maria_papadopoulou", "mpapadopoulou", "mariapapadopoulou", "papadopoulou_maria",
        "papadopouloum"), UsernameSuggestions.suggest("Μαρία Παπαδοπούλου", CredentialPolicy.defaults(), Optional.empty()));
  }

  @Test
  @DisplayName("K4: a short name is padded with digits to the minimum")
  void padded() {
    assertEquals("io_li123", UsernameSuggestions.suggest("Ιώ Λι", CredentialPolicy.defaults(), Optional.empty()).get(0));
  }

  @Test
  @DisplayName("X4: the gov.gr how-to profile joins with a dot")
  void howtoProfile() {
    assertEquals("maria.papadopoulou", UsernameSuggestions.suggest("Μαρία Παπαδοπούλου",
        CredentialPolicy.of(CredentialProfile.named("govgr-howto")), Optional.empty()).get(0));
  }

  @Test
  @DisplayName("D4: the TAXISnet user id is never suggested, ignoring case")
  void neverTheTaxisNetId() {
    List<String> suggestions = UsernameSuggestions.suggest("Maria Papadopoulou", CredentialPolicy.defaults(),
        Optional.of("MPapadopoulou"));
    assertFalse(suggestions.stream().anyMatch("MPapadopoulou"::equalsIgnoreCase), suggestions.toString());
    assertEquals("mpapadopoulou9", suggestions.get(1));
  }

  @Test
  @DisplayName("X8: a name with no transliterable letter gives no suggestion")
  void nothingToSuggest() {
    assertEquals(List.of(), UsernameSuggestions.suggest("  — ", CredentialPolicy.defaults(), Optional.empty()));
    assertEquals(List.of(), UsernameSuggestions.suggest(null, CredentialPolicy.defaults(), Optional.empty()));
  }
}
