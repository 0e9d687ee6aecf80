package dev.thyrida.bench.race;

import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.constraints.ServicePassword;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A bean with one password field under Hibernate Validator: {@code @ServicePassword} beside a plain
 * custom constraint ({@link PlainPassword}), on the valid or the invalid half of the password corpus;
 * every message interpolated. The setup checks both report the same failed rules on every input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BeanRace {

  /** Which half of the corpus. */
  @Param({"valid", "invalid"})
  public String half;

  private ValidatorFactory factory;
  private Validator validator;
  private Form[] thyrida;
  private Plain[] plain;
  private int next;

  /** The bean with Thyrida's constraint. */
  public static final class Form {
    @ServicePassword
    final String password;

    Form(String password) {
      this.password = password;
    }
  }

  /** The bean with the plain constraint. */
  public static final class Plain {
    @PlainPassword
    final String password;

    Plain(String password) {
      this.password = password;
    }
  }

  /** Creates the state; JMH instantiates it. */
  public BeanRace() {
    // set up in setUp
  }

  /** Builds the validator and the beans, and checks both constraints agree. */
  @Setup(Level.Trial)
  public void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    String[] inputs = Races.part(Corpus.passwords(42), half, p -> CredentialContenders.handPassword(p) == 0);
    thyrida = Arrays.stream(inputs).map(Form::new).toArray(Form[]::new);
    plain = Arrays.stream(inputs).map(Plain::new).toArray(Plain[]::new);
    int disagreements = 0;
    for (int i = 0; i < inputs.length; i++) {
      int want = 0;
      for (ConstraintViolation<Form> violation : validator.validate(thyrida[i])) {
        want |= Broken.of(CredentialConstraints.codeOf(violation).orElseThrow());
        if (violation.getMessage().isBlank() || violation.getMessage().contains("{")) {
          throw new IllegalStateException("an incomplete message: " + violation.getMessageTemplate());
        }
      }
      int got = 0;
      for (ConstraintViolation<Plain> violation : validator.validate(plain[i])) {
        got |= 1 << List.of(PlainPassword.MESSAGES).indexOf(violation.getMessage());
      }
      disagreements += want == got ? 0 : 1;
    }
    System.out.printf("bean %s: %,d beans, %d disagreements (failed-rule sets)%n", half, inputs.length,
        disagreements);
    if (disagreements != 0) {
      throw new IllegalStateException("the plain constraint disagrees with @ServicePassword: not timed");
    }
  }

  /** Closes the factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  private int index() {
    int at = next;
    next = next + 1 == thyrida.length ? 0 : next + 1;
    return at;
  }

  /**
   * {@code @ServicePassword}.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Form>> thyrida() {
    return validator.validate(thyrida[index()]);
  }

  /**
   * The plain constraint.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Plain>> plain() {
    return validator.validate(plain[index()]);
  }
}
