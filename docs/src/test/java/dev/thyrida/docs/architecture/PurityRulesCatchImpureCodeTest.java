package dev.thyrida.docs.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each purity rule flags every banned case: a fixture in {@code dev.thyrida.core.archfixture} has one
 * method per case, and the rule must report each of those methods (ADR 0004).
 */
@DisplayName("ADR 0004: the purity rules are not vacuous")
class PurityRulesCatchImpureCodeTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("ReadsTheClock", (Supplier<ArchRule>) PurityRules::noClock),
        Arguments.of("UsesRandomness", (Supplier<ArchRule>) PurityRules::noRandomness),
        Arguments.of("DoesIo", (Supplier<ArchRule>) PurityRules::noIo),
        Arguments.of("Logs", (Supplier<ArchRule>) PurityRules::noLogging));
  }

  @ParameterizedTest(name = "the purity rule flags every method of {0}")
  @MethodSource("fixtures")
  void flagsEveryBannedCase(String fixture, Supplier<ArchRule> rule) throws ClassNotFoundException {
    Class<?> type = Class.forName("dev.thyrida.core.archfixture." + fixture);
    JavaClasses classes = new ClassFileImporter().importClasses(type);
    JavaClass impure = classes.get(type);
    EvaluationResult result = rule.get().evaluate(classes);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(result.hasViolation(), fixture);
    long cases = 0;
    for (JavaMethod method : impure.getMethods()) {
      cases++;
      assertTrue(report.contains("<" + impure.getName() + "." + method.getName() + "("),
          () -> fixture + "." + method.getName() + " is not flagged:\n" + report);
    }
    assertFalse(cases == 0, fixture + " has no cases");
  }
}
