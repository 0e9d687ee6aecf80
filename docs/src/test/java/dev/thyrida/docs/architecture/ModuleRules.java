package dev.thyrida.docs.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The one-way module graph: core &lt;- policy &lt;- testkit, store and gsis; cli, bench and docs use them all. */
final class ModuleRules {

  private ModuleRules() {}

  static ArchRule coreShouldNotDependOnOuterModules() {
    return noClasses().that().resideInAPackage("dev.thyrida.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.policy..", "dev.thyrida.testkit..", "dev.thyrida.store..", "dev.thyrida.gsis..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("core is the innermost module (ADR 0001)");
  }

  static ArchRule policyShouldNotDependOnOuterModules() {
    return noClasses().that().resideInAPackage("dev.thyrida.policy..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.testkit..", "dev.thyrida.store..", "dev.thyrida.gsis..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("policy depends only on core (ADR 0001)");
  }

  static ArchRule testkitShouldNotDependOnCliOrBench() {
    return noClasses().that().resideInAPackage("dev.thyrida.testkit..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.store..", "dev.thyrida.gsis..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("testkit depends only on policy and core (ADR 0001)");
  }

  static ArchRule storeShouldNotDependOnTestkitCliOrBench() {
    return noClasses().that().resideInAPackage("dev.thyrida.store..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.testkit..", "dev.thyrida.gsis..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("the store is an edge module on policy and core only (ADR 0141)");
  }

  static ArchRule gsisShouldNotDependOnTestkitStoreCliOrBench() {
    return noClasses().that().resideInAPackage("dev.thyrida.gsis..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.thyrida.testkit..", "dev.thyrida.store..", "dev.thyrida.cli..", "dev.thyrida.bench..", "dev.thyrida.docs..")
        .because("the GSIS client is an edge module on policy and core only (ADR 0152)");
  }

  /** No package cycle anywhere in the SDK: each package of dev.thyrida is a slice (issue 11). */
  static ArchRule packagesShouldBeFreeOfCycles() {
    return slices().matching("dev.thyrida.(**)").should().beFreeOfCycles()
        .because("a kernel that knows its plug-ins is a cycle (style.md)")
        // The one exception, by Jakarta Bean Validation's design: an annotation names its validator
        // (validatedBy) and the validator names its annotation type; they stay in two packages so the
        // validators are opened, not exported (ADR 0099, ADR 0007).
        .ignoreDependency(resideInAPackage("dev.thyrida.policy.constraints.."),
            resideInAPackage("dev.thyrida.policy.constraints.."));
  }
}
