package dev.thyrida.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialGeneratorsProperties {

  @ParameterizedTest
  @MethodSource("dev.thyrida.policy.credential.CredentialProfile#names")
  @DisplayName("K4, K5: every generated username and password is valid under its profile")
  void validAreValid(String name) {
    CredentialPolicy policy = CredentialPolicy.of(CredentialProfile.named(name));
    qt().forAll(CredentialGenerators.validUsernames(policy.profile()))
        .check(username -> policy.checkUsername(username).isValid());
    qt().forAll(CredentialGenerators.validPasswords(policy.profile()))
        .check(password -> policy.checkPassword(password).isValid());
  }

  /** An integrator's own profile: longer minima, tighter maxima, other symbols and specials. */
  private static final CredentialProfile CUSTOM = CredentialProfile.builder().name("custom")
      .usernameMinLength(10).usernameMaxLength(20).usernameSymbols("._")
      .passwordMinLength(12).passwordMaxLength(16).passwordSpecials("#%").build();

  @ParameterizedTest
  @EnumSource(CredentialCode.class)
  @DisplayName("K4-K6, D1-D4: each violation generator yields inputs with exactly the code it claims, under every named profile and a custom one")
  void eachGeneratorYieldsExactlyItsCode(CredentialCode code) {
    for (String name : CredentialProfile.names()) {
      exactly(CredentialPolicy.of(CredentialProfile.named(name)), code);
    }
    exactly(CredentialPolicy.of(CUSTOM), code);
  }

  private static void exactly(CredentialPolicy policy, CredentialCode code) {
    qt().forAll(CredentialGenerators.violating(policy.profile(), code))
        .check(input -> input.judgedBy(policy).codes().equals(Set.of(code)));
  }

  @Test
  @DisplayName("K4, K5: valid inputs of a custom profile are valid under it")
  void customProfileValid() {
    CredentialPolicy policy = CredentialPolicy.of(CUSTOM);
    qt().forAll(CredentialGenerators.validUsernames(CUSTOM)).check(username -> policy.checkUsername(username).isValid());
    qt().forAll(CredentialGenerators.validPasswords(CUSTOM)).check(password -> policy.checkPassword(password).isValid());
  }

  @Test
  @DisplayName("a seed reproduces the same draws")
  void seedsReproduce() {
    CredentialProfile profile = CredentialProfile.named("default");
    for (CredentialCode code : CredentialCode.values()) {
      assertEquals(CredentialGenerators.violating(profile, code, new SplittableRandom(7)).text(),
          CredentialGenerators.violating(profile, code, new SplittableRandom(7)).text());
    }
    assertEquals(CredentialGenerators.validPassword(profile, new SplittableRandom(7)),
        CredentialGenerators.validPassword(profile, new SplittableRandom(7)));
  }

  @Test
  @DisplayName("a code the profile cannot give alone is refused when the generator is made")
  void impossibleCodesAreRefused() {
    CredentialProfile noDigits = CredentialProfile.builder().name("no-digits")
        .requiredClasses(Set.of(dev.thyrida.policy.credential.CharacterClass.UPPERCASE)).build();
    assertThrows(IllegalArgumentException.class,
        () -> CredentialGenerators.violating(noDigits, CredentialCode.PASSWORD_NO_DIGIT));
  }
}
