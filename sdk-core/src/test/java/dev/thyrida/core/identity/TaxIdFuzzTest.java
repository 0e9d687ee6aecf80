package dev.thyrida.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * X7 fuzzed (issue 13): every text is a tax id exactly when a reference written here says so, and
 * anything else is refused with {@link InvalidValueException}, never another exception. Replays
 * {@code src/test/resources/dev/thyrida/core/identity/TaxIdFuzzTestInputs} in every build;
 * {@code JAZZER_FUZZ=1} fuzzes (docs/reliability.md).
 */
class TaxIdFuzzTest {

  /** The reference: nine ASCII digits whose ninth is (Σ dᵢ·2⁹⁻ⁱ mod 11) mod 10. */
  static boolean reference(String text) {
    if (!text.matches("[0-9]{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (text.charAt(i) - '0') << (8 - i);
    }
    return sum % 11 % 10 == text.charAt(8) - '0';
  }

  @FuzzTest(maxDuration = "60s")
  void taxIdAgreesWithTheReference(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    boolean accepted;
    try {
      accepted = TaxId.of(text).value().equals(text);
    } catch (InvalidValueException refused) {
      accepted = false;
    }
    assertEquals(reference(text), accepted, text);
    assertEquals(reference(text), TaxId.isValid(text), text);
  }
}
