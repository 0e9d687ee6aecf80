package dev.thyrida.policy.credential.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("X8, K4, D4: properties of username suggestions")
class UsernameSuggestionsProperties {

  private static final String NAME_CHARACTERS =
      "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏabcxyzABZéü -.'";

  private static Gen<String> names() {
    List<Integer> characters = NAME_CHARACTERS.codePoints().boxed().toList();
    return intArrays(range(0, 40), pick(characters)).map(points -> new String(points, 0, points.length));
  }

  private static Gen<CredentialPolicy> policies() {
    return pick(List.of(CredentialPolicy.defaults(),
        CredentialPolicy.of(CredentialProfile.named("govgr-howto")),
        CredentialPolicy.of(CredentialProfile.builder().usernameMinLength(12).usernameMaxLength(14).build()),
        CredentialPolicy.of(CredentialProfile.builder().usernameMinLength(1).usernameMaxLength(3).usernameSymbols("").build())));
  }

  @Test
  @DisplayName("X8: every suggestion passes the profile's username check, and none is the TAXISnet id")
  void everySuggestionPassesTheValidator() {
    qt().forAll(names(), policies(), names()).checkAssert((name, policy, taxisNet) -> {
      String id = UsernameSuggestions.suggest(name, policy, Optional.empty()).stream().findFirst().orElse(taxisNet);
      for (String suggestion : UsernameSuggestions.suggest(name, policy, Optional.of(id))) {
        assertTrue(policy.checkUsername(suggestion, Optional.of(id)).isValid(),
            () -> name + " -> " + suggestion + ": " + policy.checkUsername(suggestion, Optional.of(id)));
      }
    });
  }
}
