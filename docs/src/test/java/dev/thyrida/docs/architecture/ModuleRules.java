package dev.thyrida.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The one-way module graph: core &lt;- policy &lt;- testkit and store; cli, bench and docs use them all. */
final class ModuleRules {

  private ModuleRules() {}

  static ArchRule coreShouldNotDependOnOuterModules() {
    return noClasses().that().resideInAPackage("dev.thyrida.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.policy..", "dev.thyrida.testkit..", "dev.thyrida.store..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("core is the innermost module (ADR 0001)");
  }

  static ArchRule policyShouldNotDependOnOuterModules() {
    return noClasses().that().resideInAPackage("dev.thyrida.policy..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.testkit..", "dev.thyrida.store..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("policy depends only on core (ADR 0001)");
  }

  static ArchRule testkitShouldNotDependOnCliOrBench() {
    return noClasses().that().resideInAPackage("dev.thyrida.testkit..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.store..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("testkit depends only on policy and core (ADR 0001)");
  }

  static ArchRule storeShouldNotDependOnTestkitCliOrBench() {
    return noClasses().that().resideInAPackage("dev.thyrida.store..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.testkit..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("the store is an edge module on policy and core only (ADR 0141)");
  }
}
