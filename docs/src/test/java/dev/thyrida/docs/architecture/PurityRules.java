package dev.thyrida.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** What pure code (core and policy) may not touch: I/O, the clock, randomness and logging (ADR 0004). */
final class PurityRules {

  private static final String[] PURE = {"dev.thyrida.core..", "dev.thyrida.policy.."};

  private PurityRules() {}

  static List<ArchRule> all() {
    return List.of(noIo(), noClock(), noRandomness(), noLogging());
  }

  static ArchRule noIo() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
        .because("pure code does no I/O");
  }

  static ArchRule noClock() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .because("time comes in as a parameter");
  }

  static ArchRule noRandomness() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().callMethod(java.util.UUID.class, "randomUUID")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .because("ids come in from the caller");
  }

  static ArchRule noLogging() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..", "java.lang.System$Logger")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("logging lives at the edges");
  }
}
