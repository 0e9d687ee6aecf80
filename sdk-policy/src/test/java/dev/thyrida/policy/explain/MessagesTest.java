package dev.thyrida.policy.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.decide.DecideCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3: shared rendering of violations from bundles found by convention, with named parameters")
class MessagesTest {

  @Test
  @DisplayName("L26-3: the bundle of a code enum is its name with Code replaced by Messages")
  void findsTheBundleByConvention() {
    assertEquals("dev.thyrida.policy.decide.DecideMessages", Messages.bundleName(DecideCode.class));
    assertEquals("dev.thyrida.policy.credential.CredentialMessages", Messages.bundleName(CredentialCode.class));
    assertEquals("a.b.ThingMessages", Messages.bundleName(String.class).replace("java.lang.String", "a.b.Thing"));
  }

  @Test
  @DisplayName("L26-3: named parameters are filled in any order; an unknown name stays as written")
  void fillsNamedParameters() {
    assertEquals("b then a {c}", Messages.substitute("{y} then {x} {c}", Map.of("x", "a", "y", "b")));
    assertEquals(Set.of("y", "x", "c"), Messages.placeholders("{y} then {x} {c} {x}"));
    assertEquals("open { brace", Messages.substitute("open { brace", Map.of()));
  }

  @Test
  @DisplayName("L26-3: Greek for el, English for any other locale whatever the default")
  void rendersGreekAndEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("el"));
      Violation violation = Violation.of(DecideCode.COMMAND_NOT_HANDLED, "command", "AddHandler");
      assertEquals("No rule of this SDK decides the command AddHandler, so it is refused.",
          Messages.render(violation, Locale.GERMAN));
      assertEquals("Κανένας κανόνας του SDK δεν αποφασίζει την εντολή AddHandler· απορρίπτεται.",
          Messages.render(violation, Locale.forLanguageTag("el-GR")));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("K4: a parameter with a variant key selects the variant")
  void selectsTheVariantOfAHint() {
    Violation hinted = Violation.of(CredentialCode.USERNAME_GREEK_CHARACTER, "count", "1", "lookalike", "A");
    assertEquals("USERNAME_GREEK_CHARACTER.lookalike", Messages.key(hinted));
    assertEquals("USERNAME_GREEK_CHARACTER", Messages.key(Violation.of(CredentialCode.USERNAME_GREEK_CHARACTER)));
  }

  @Test
  @DisplayName("L26-3: a code without a bundle is reported as missing, not rendered as nonsense")
  void missingBundleIsReported() {
    ViolationCode stray = new ViolationCode() {
      @Override
      public String name() {
        return "STRAY";
      }

      @Override
      public Clause clause() {
        return Clause.C1;
      }

      @Override
      public List<String> parameters() {
        return List.of();
      }
    };
    assertThrows(MissingResourceException.class, () -> Messages.render(Violation.of(stray), Locale.ENGLISH));
  }
}
