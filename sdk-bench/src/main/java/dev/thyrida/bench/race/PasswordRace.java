package dev.thyrida.bench.race;

import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialVerdict;
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
import org.openjdk.jmh.annotations.Warmup;
import org.passay.PasswordData;
import org.passay.RuleResult;

/**
 * K5 on the seeded password corpus (10,000, half valid): each call judges the next input. The
 * corpus is {@code mixed} (all of it), {@code valid} or {@code invalid} (its halves). The setup
 * refuses to run unless every contender agrees with Thyrida on every input ({@link Agreement}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordRace {

  /** Which part of the corpus. */
  @Param({"mixed", "valid", "invalid"})
  public String corpus;

  private final CredentialPolicy thyrida = CredentialPolicy.defaults();
  private String[] inputs;
  private int next;

  /** Creates the state; JMH instantiates it. */
  public PasswordRace() {
    // set up in setUp
  }

  /** Builds the corpus and checks the agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    inputs = Races.part(Corpus.passwords(42), corpus, p -> thyrida.checkPassword(p).isValid());
    Races.agreeOnCredentials();
  }

  private String input() {
    String input = inputs[next];
    next = next + 1 == inputs.length ? 0 : next + 1;
    return input;
  }

  /**
   * Thyrida's full verdict.
   *
   * @return the verdict
   */
  @Benchmark
  public CredentialVerdict thyrida() {
    return thyrida.checkPassword(input());
  }

  /**
   * Thyrida's verdict-only path: valid or not.
   *
   * @return whether valid
   */
  @Benchmark
  public boolean thyridaValidOnly() {
    return thyrida.isValidPassword(input());
  }

  /**
   * Thyrida's verdict-only path: the codes broken, as bits.
   *
   * @return the bits
   */
  @Benchmark
  public long thyridaCodeBits() {
    return thyrida.passwordCodeBits(input());
  }

  /**
   * Passay with the same rules.
   *
   * @return its result
   */
  @Benchmark
  public RuleResult passay() {
    return CredentialContenders.PASSAY_PASSWORD.validate(new PasswordData(input()));
  }

  /**
   * One regex per rule: the failed-rule set.
   *
   * @return the bits
   */
  @Benchmark
  public int regex() {
    return CredentialContenders.regexPassword(input());
  }

  /**
   * One regex: valid or not.
   *
   * @return whether valid
   */
  @Benchmark
  public boolean regexValidOnly() {
    return CredentialContenders.regexPasswordValid(input());
  }

  /**
   * The limit: one hand-written pass, the failed-rule set.
   *
   * @return the bits
   */
  @Benchmark
  public int hand() {
    return CredentialContenders.handPassword(input());
  }
}
