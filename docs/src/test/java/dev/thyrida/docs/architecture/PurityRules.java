package dev.thyrida.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * What pure code (core and policy) may not touch: I/O, the clock, randomness, the environment and
 * logging (ADR 0004). {@link PurityRulesCatchImpureCodeTest} proves that every case is flagged.
 */
final class PurityRules {

  private static final String[] PURE = {"dev.thyrida.core..", "dev.thyrida.policy.."};

  private PurityRules() {}

  static List<ArchRule> all() {
    return List.of(noIo(), noClock(), noRandomness(), noLogging());
  }

  /** A call to any overload of the named methods of the owner. */
  private static DescribedPredicate<JavaMethodCall> calls(Class<?> owner, String... names) {
    Set<String> wanted = Set.of(names);
    return DescribedPredicate.describe(owner.getName() + "." + String.join("/", names),
        call -> call.getTargetOwner().isEquivalentTo(owner) && wanted.contains(call.getName()));
  }

  /** A call to {@code now} on any type of {@code java.time} (Instant, LocalDate, ZonedDateTime, Year...). */
  private static DescribedPredicate<JavaMethodCall> callsNowOfJavaTime() {
    return DescribedPredicate.describe("java.time.*.now",
        call -> call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now"));
  }

  static ArchRule noIo() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
        .orShould().accessField(System.class, "in")
        .orShould().callMethodWhere(calls(System.class, "getenv", "getProperty"))
        .because("pure code does no I/O and reads no environment: the caller passes what it needs");
  }

  static ArchRule noClock() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().callMethodWhere(callsNowOfJavaTime())
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callConstructor(java.util.Date.class)
        .orShould().callMethodWhere(calls(java.util.Calendar.class, "getInstance"))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .because("time comes in as a parameter");
  }

  static ArchRule noRandomness() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().callMethod(java.util.UUID.class, "randomUUID")
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(StrictMath.class, "random")
        .orShould().callMethodWhere(calls(java.util.Collections.class, "shuffle"))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .because("ids come in from the caller and a decision is deterministic");
  }

  static ArchRule noLogging() {
    return noClasses().that().resideInAnyPackage(PURE)
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
        .orShould().callMethodWhere(calls(System.class, "getLogger"))
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("logging lives at the edges");
  }
}
