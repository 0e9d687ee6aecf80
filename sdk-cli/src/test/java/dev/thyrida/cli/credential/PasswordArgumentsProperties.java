package dev.thyrida.cli.credential;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.thyrida.cli.Run;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.testkit.generators.CredentialGenerators;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** D5, ADR 0062: the masking rule, over generated passwords and the shapes an argument can take. */
@DisplayName("D5: no password typed as an argument is ever repeated")
class PasswordArgumentsProperties {

  /** Where a password may be typed by mistake, as a function of the password. */
  private static final List<Function<String, String[]>> SHAPES = List.of(
      p -> new String[] {"check", "password", p},
      p -> new String[] {"check", "password", "-" + p},
      p -> new String[] {"check", "password", "--" + p},
      p -> new String[] {"check", "password", "@" + p},
      p -> new String[] {"check", "password", "@@" + p},
      p -> new String[] {"check", "password", "--", p},
      p -> new String[] {"check", "password", "--format", p},
      p -> new String[] {"check", "password", "--format=" + p},
      p -> new String[] {"check", "password", "--format", "-" + p},
      p -> new String[] {"check", "password", "--profile", p},
      p -> new String[] {"check", "password", "--profile=" + p},
      p -> new String[] {"check", "password", "--lang", p},
      p -> new String[] {"check", "password", "--confirm=" + p},
      p -> new String[] {"check", "password", "--format", "codes", p},
      p -> new String[] {"check", "password", "--confirm", p, p},
      p -> new String[] {"check", p},
      p -> new String[] {"check", "-" + p},
      p -> new String[] {"check", "username", p},
      p -> new String[] {"check", "username", "--format", p},
      p -> new String[] {"check", "pasword", p},
      p -> new String[] {"chek", "password", p},
      p -> new String[] {p},
      p -> new String[] {"-" + p},
      p -> new String[] {"@" + p, "password"});

  /** Passwords of every profile, and arbitrary text over printable ASCII, Greek and a few controls. */
  private static Gen<String> passwords() {
    Gen<String> valid = CredentialProfile.names().stream().map(CredentialProfile::named)
        .map(CredentialGenerators::validPasswords).reduce(Gen::mix).orElseThrow();
    Gen<String> arbitrary = strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(8, 24)
        .mix(strings().betweenCodePoints(0x370, 0x3FF).ofLengthBetween(8, 16).map(greek -> greek + "1!A"));
    return valid.mix(arbitrary);
  }

  @Test
  @DisplayName("D5: whatever the password and wherever it is typed, neither output nor error shows it")
  void noShapeEchoesThePassword() {
    qt().withExamples(400).forAll(passwords(), integers().between(0, SHAPES.size() - 1))
        .checkAssert((password, shape) -> {
          Run run = Run.of("", SHAPES.get(shape).apply(password));
          assertFalse(run.err().contains(password), () -> "shape " + shape + ": " + run.err());
          assertFalse(run.out().contains(password), () -> "shape " + shape + ": " + run.out());
        });
  }

  @Test
  @DisplayName("D5: each shape is tried with each profile's passwords at least once")
  void everyShapeWithEveryProfile() {
    for (String name : CredentialProfile.names()) {
      Gen<String> valid = CredentialGenerators.validPasswords(CredentialProfile.named(name));
      qt().withExamples(20).forAll(valid).checkAssert(password -> {
        for (int shape = 0; shape < SHAPES.size(); shape++) {
          Run run = Run.of("", SHAPES.get(shape).apply(password));
          assertFalse(run.err().contains(password) || run.out().contains(password), name + ", shape " + shape);
        }
      });
    }
  }
}
