package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.policy.credential.CredentialGen;
import dev.thyrida.policy.credential.CredentialPolicy;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("K4, K5: the constraints and the policy agree under every provider")
class CredentialConstraintsProperties {

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("for any username and password, each provider reports exactly the policy's codes, read back in either language")
  void everyProviderReportsThePolicysCodes(BeanValidation provider) {
    for (Locale locale : CredentialConstraintsTest.LOCALES) {
      provider.in(locale, validator -> {
        qt().withExamples(150).forAll(CredentialGen.textWithoutSurrogates(12), CredentialGen.textWithoutSurrogates(12))
            .checkAssert((username, password) -> agree(validator, username, password));
        return null;
      });
    }
  }

  private static void agree(Validator validator, String username, String password) {
    Set<String> expected = CredentialPolicy.defaults().checkUsername(username).codes().stream()
        .map(Enum::name).collect(Collectors.toSet());
    CredentialPolicy.defaults().checkPassword(password).codes().forEach(code -> expected.add(code.name()));
    Set<String> reported = CredentialConstraintsTest.codes(
        validator.validate(new Forms.SignUp(username, password.toCharArray(), password.toCharArray())))
        .stream().map(Enum::name).collect(Collectors.toSet());
    assertEquals(expected, reported);
  }
}
