package dev.thyrida.testkit.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.testkit.credential.CredentialInput.Subject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrickyCredentialsTest {

  @ParameterizedTest
  @MethodSource("dev.thyrida.testkit.credential.TrickyCredentials#all")
  @DisplayName("K4, K5, K6, D1-D3: the default profile gives every catalogue row exactly its expected codes")
  void defaultProfileAgrees(TrickyCredential row) {
    assertEquals(row.expected(), row.input().judgedBy(CredentialPolicy.defaults()).codes(), row::toString);
  }

  @ParameterizedTest
  @MethodSource("dev.thyrida.testkit.credential.TrickyCredentials#passwords")
  @DisplayName("D5: no password or confirmation appears in a row's toString or its input's")
  void passwordsAreNeverShown(TrickyCredential row) {
    for (String shown : List.of(row.toString(), row.input().toString())) {
      if (row.input().text() != null && row.input().text().length() > 1) {
        assertFalse(shown.contains(row.input().text()), row.label());
      }
      row.input().companion().filter(c -> c.length() > 1)
          .ifPresent(confirmation -> assertFalse(shown.contains(confirmation), row.label()));
    }
  }

  @Test
  @DisplayName("the catalogue covers all 32 ASCII punctuation marks for usernames and passwords, labels unique")
  void coversPunctuationWithUniqueLabels() {
    assertEquals(32, TrickyCredentials.asciiPunctuation().length());
    for (char mark : TrickyCredentials.asciiPunctuation().toCharArray()) {
      String label = TrickyCredentials.punctuationLabel(mark);
      assertEquals(2, TrickyCredentials.all().stream().filter(row -> row.label().equals(label)).count(), label);
    }
    Set<String> labels = new HashSet<>();
    TrickyCredentials.all().forEach(row -> assertTrue(labels.add(row.input().subject() + row.label()), row.label()));
    assertTrue(TrickyCredentials.usernames().stream().allMatch(row -> row.input().subject() == Subject.USERNAME));
    assertTrue(TrickyCredentials.passwords().stream().allMatch(row -> row.input().subject() == Subject.PASSWORD));
  }

  @Test
  @DisplayName("D5: a password input shows its length only; a username shows invisible characters escaped")
  void toStrings() {
    assertEquals("password of 8 code points, with confirmation", CredentialInput.password("Kep!2024", "x").toString());
    assertEquals("username \"kep\\u200Buser\"", CredentialInput.username("kep\u200Buser").toString());
  }
}
