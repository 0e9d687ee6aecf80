package dev.thyrida.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module graph points one way and the pure modules stay pure (ADR 0001, ADR 0004). */
@DisplayName("Architecture")
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.thyrida");
  }

  @Test
  @DisplayName("core should not depend on policy, testkit, store, cli or bench")
  void core_should_not_depend_on_outer_modules() {
    ModuleRules.coreShouldNotDependOnOuterModules().check(production);
  }

  @Test
  @DisplayName("policy should not depend on testkit, store, cli or bench")
  void policy_should_not_depend_on_outer_modules() {
    ModuleRules.policyShouldNotDependOnOuterModules().check(production);
  }

  @Test
  @DisplayName("testkit should not depend on store, cli or bench")
  void testkit_should_not_depend_on_cli_or_bench() {
    ModuleRules.testkitShouldNotDependOnCliOrBench().check(production);
  }

  @Test
  @DisplayName("store should not depend on testkit, cli or bench")
  void store_should_not_depend_on_testkit_cli_or_bench() {
    ModuleRules.storeShouldNotDependOnTestkitCliOrBench().check(production);
  }

  @Test
  @DisplayName("the GSIS client should not depend on testkit, store, cli or bench")
  void gsis_should_not_depend_on_testkit_store_cli_or_bench() {
    ModuleRules.gsisShouldNotDependOnTestkitStoreCliOrBench().check(production);
  }

  @Test
  @DisplayName("no package of the SDK depends, through any path, on itself")
  void packages_should_be_free_of_cycles() {
    ModuleRules.packagesShouldBeFreeOfCycles().check(production);
  }

  @Test
  @DisplayName("core and policy do no I/O, read no clock, make no random ids and do not log")
  void pure_modules_should_do_no_io_read_no_clock_and_not_log() {
    for (ArchRule rule : PurityRules.all()) {
      rule.check(production);
    }
  }

  @Test
  @DisplayName("the rules exist: production classes of every module were imported")
  void the_rules_saw_every_module() {
    for (String pkg : new String[] {"dev.thyrida.core", "dev.thyrida.policy", "dev.thyrida.testkit", "dev.thyrida.store", "dev.thyrida.gsis", "dev.thyrida.cli"}) {
      org.junit.jupiter.api.Assertions.assertTrue(
          production.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)),
          "no production class imported from " + pkg);
    }
    noClasses().should().dependOnClassesThat().resideInAPackage("net.jqwik..")
        .because("this project does not use jqwik").check(production);
  }
}
