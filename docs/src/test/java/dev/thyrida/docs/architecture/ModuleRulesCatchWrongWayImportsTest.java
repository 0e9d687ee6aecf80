package dev.thyrida.docs.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.thyrida.core.archfixture.WrongWayImport;
import dev.thyrida.core.archfixture.cycle.a.Kernel;
import dev.thyrida.core.archfixture.cycle.b.Family;
import dev.thyrida.policy.constraints.validators.GreekTaxIdValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Architecture rules are not vacuous")
class ModuleRulesCatchWrongWayImportsTest {

  @Test
  @DisplayName("a core class importing a policy class fails the module rule")
  void a_core_class_importing_policy_fails_the_module_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(WrongWayImport.class, GreekTaxIdValidator.class);
    AssertionError failure = assertThrows(AssertionError.class,
        () -> ModuleRules.coreShouldNotDependOnOuterModules().check(classes));
    assertTrue(failure.getMessage().contains("WrongWayImport"), failure.getMessage());
  }

  @Test
  @DisplayName("two packages importing each other fail the cycle rule")
  void a_package_cycle_fails_the_cycle_rule() {
    JavaClasses classes = new ClassFileImporter().importClasses(Kernel.class, Family.class);
    AssertionError failure = assertThrows(AssertionError.class,
        () -> ModuleRules.packagesShouldBeFreeOfCycles().check(classes));
    assertTrue(failure.getMessage().contains("Cycle"), failure.getMessage());
  }
}
