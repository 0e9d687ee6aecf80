package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("K4, K5, D1-D4: the verdict-only checks give the full verdict's codes")
class CodeBitsProperties {

  private static final List<CredentialPolicy> POLICIES = List.of(CredentialPolicy.defaults(),
      CredentialPolicy.of(CredentialProfile.named("lenient")), CredentialPolicy.of(CredentialProfile.named("govgr-howto")));

  /** Any text, or a valid credential with one character inserted, so both answers are common. */
  private static Gen<String> texts(Gen<String> valid) {
    return Generate.pick(List.of(0, 1, 2)).flatMap(kind -> kind == 0 ? CredentialGen.anyText(140)
        : kind == 1 ? valid
        : valid.zip(CredentialGen.positions(), CredentialGen.anyCodePoint(), CredentialGen::insert));
  }

  @Test
  @DisplayName("K5, D1-D3: passwordCodeBits and isValidPassword agree with checkPassword for any text and profile")
  void passwordBitsAreTheVerdictsCodes() {
    qt().forAll(texts(CredentialGen.validPasswords()), Generate.pick(POLICIES)).checkAssert((text, policy) -> {
      assertEquals(policy.checkPassword(text).codes(), CodeBits.codes(policy.passwordCodeBits(text)));
      assertEquals(policy.checkPassword(text).isValid(), policy.isValidPassword(text));
    });
  }

  @Test
  @DisplayName("K4, D2-D4: usernameCodeBits and isValidUsername agree with checkUsername for any text and profile")
  void usernameBitsAreTheVerdictsCodes() {
    qt().forAll(texts(CredentialGen.validUsernames()), Generate.pick(POLICIES)).checkAssert((text, policy) -> {
      Optional<String> taxisNet = Optional.of(text.isEmpty() ? "x" : text.toUpperCase(java.util.Locale.ROOT));
      assertEquals(policy.checkUsername(text).codes(), CodeBits.codes(policy.usernameCodeBits(text, Optional.empty())));
      assertEquals(policy.checkUsername(text, taxisNet).codes(), CodeBits.codes(policy.usernameCodeBits(text, taxisNet)));
      assertEquals(policy.checkUsername(text).isValid(), policy.isValidUsername(text));
    });
  }
}
