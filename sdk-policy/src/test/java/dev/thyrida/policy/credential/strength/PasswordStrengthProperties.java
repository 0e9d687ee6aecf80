package dev.thyrida.policy.credential.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K7: properties of the strength estimate")
class PasswordStrengthProperties {

  @Test
  @DisplayName("K7: any text is estimated without throwing, at 0 or more guesses, at the level its guesses give")
  void anyTextIsEstimated() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
      StrengthEstimate estimate = PasswordStrength.estimate(text);
      assertTrue(estimate.guessesLog10() >= 0);
      assertEquals(Strength.of(estimate.guessesLog10()), estimate.strength());
    });
  }

  @Test
  @DisplayName("K7: a repeated character never makes a password stronger than the alphabet allows once")
  void repeatsAreCheap() {
    qt().forAll(strings().basicLatinAlphabet().ofLength(1)).checkAssert(one ->
        assertTrue(PasswordStrength.estimate(one.repeat(64)).strength() == Strength.WEAK, one));
  }
}
