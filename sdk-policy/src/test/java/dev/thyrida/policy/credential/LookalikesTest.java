package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** K4, D3: the Latin letter a foreign character looks like (issue 13: PIT survivors in ranges and hints). */
class LookalikesTest {

  @ParameterizedTest(name = "U+{0} looks like {1}")
  @CsvSource({
      "FF01, !", "FF21, A", "FF5E, ~",          // full-width forms, both ends of the range
      "00B5, μ / u", "2126, Ω", "212A, K", "212B, Å",
      "0391, A", "03C7, x", "03BF, o",            // Greek: first, last and a middle pair
      "0410, a", "04BB, h", "0405, S"})           // Cyrillic: first, last and a middle pair
  @DisplayName("K4: a lookalike names the Latin letter it imitates")
  void hint(String hex, String latin) {
    assertEquals(latin, Lookalikes.of(Integer.parseInt(hex, 16)));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"FF00", "FF5F", "03B3", "0411", "00E9", "0041", "FEE0"})
  @DisplayName("K4: just outside the ranges, and characters with no Latin twin, have no lookalike")
  void noHint(String hex) {
    assertNull(Lookalikes.of(Integer.parseInt(hex.strip(), 16)), hex);
  }

  @Test
  @DisplayName("K4: a username's first offender carries its lookalike hint, not the invisible one")
  void inAViolation() {
    assertEquals("a", CredentialPolicy.defaults().checkUsername("m\u0430ria_pap").violations().get(0)
        .parameters().get("lookalike"));
  }
}
