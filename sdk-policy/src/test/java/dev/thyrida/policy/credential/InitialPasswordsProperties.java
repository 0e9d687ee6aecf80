package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.CharBuffer;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K5, D1: initial passwords from the host's random")
class InitialPasswordsProperties {

  private static final CredentialProfile ODD = CredentialProfile.builder().name("odd-specials")
      .passwordSpecials("\u00a7\uD83D\uDD11").passwordMinLength(20).passwordMaxLength(24).build();

  @Test
  @DisplayName("every generated password passes its profile's check, for every shipped profile and any seed and length")
  void generatedPasswordsAreValid() {
    for (String name : CredentialProfile.names()) {
      CredentialProfile profile = CredentialProfile.named(name);
      qt().forAll(longs().all(), integers().between(profile.passwordMinLength(), profile.passwordMinLength() + 40))
          .checkAssert((seed, length) -> {
            char[] password = InitialPasswords.generate(profile, new SplittableRandom(seed), length);
            assertTrue(CredentialPolicy.of(profile).checkPassword(CharBuffer.wrap(password)).isValid(), name);
            assertEquals(length, Character.codePointCount(password, 0, password.length));
          });
    }
  }

  @Test
  @DisplayName("the default length is 16, or the profile's minimum when longer; specials outside the BMP work")
  void defaultLength() {
    char[] password = InitialPasswords.generate(CredentialProfile.named("default"), new SplittableRandom(1));
    assertEquals(16, password.length);
    char[] odd = InitialPasswords.generate(ODD, new SplittableRandom(2));
    assertEquals(20, Character.codePointCount(odd, 0, odd.length));
    assertTrue(CredentialPolicy.of(ODD).checkPassword(CharBuffer.wrap(odd)).isValid());
    assertEquals(EnumSet.noneOf(CredentialCode.class),
        CredentialPolicy.of(ODD).checkPassword(CharBuffer.wrap(odd)).codes());
  }

  @Test
  @DisplayName("a length outside the profile's bounds is refused, naming the bounds")
  void lengthOutOfBounds() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> InitialPasswords.generate(CredentialProfile.named("default"), new SplittableRandom(1), 7));
    assertTrue(refused.getMessage().contains("8..128"), refused.getMessage());
  }
}
