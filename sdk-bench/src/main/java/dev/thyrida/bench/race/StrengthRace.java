package dev.thyrida.bench.race;

import com.nulabinc.zxcvbn.Zxcvbn;
import dev.thyrida.policy.credential.strength.PasswordStrength;
import dev.thyrida.policy.credential.strength.Strength;
import dev.thyrida.policy.credential.strength.StrengthEstimate;
import java.io.PrintStream;
import java.util.Arrays;
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

/**
 * K7's strength estimate beside zxcvbn4j, on the valid random passwords of the race's corpus and on
 * the human-style corpus. The setup prints how often Thyrida's level is within one of the level
 * zxcvbn's guesses give ({@link Strength#of}); that is a target, not an agreement the run requires.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StrengthRace {

  /** Which corpus. */
  @Param({"random", "human"})
  public String kind;

  private final Zxcvbn zxcvbn = new Zxcvbn();
  private String[] inputs;
  private int next;

  /** Creates the state; JMH instantiates it. */
  public StrengthRace() {
    // set up in setUp
  }

  /** Builds the corpus and prints the agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    inputs = "human".equals(kind) ? HumanCorpus.passwords(44)
        : Races.part(Corpus.passwords(42), "valid", p -> CredentialContenders.handPassword(p) == 0);
    agreement(kind, inputs, zxcvbn, System.out);
  }

  /** Prints the share within one level, and where each is stricter. */
  static void agreement(String name, String[] inputs, Zxcvbn zxcvbn, PrintStream out) {
    int[][] table = new int[4][4];
    for (String input : inputs) {
      Strength ours = PasswordStrength.estimate(input).strength();
      Strength theirs = Strength.of(zxcvbn.measure(input).getGuessesLog10());
      table[ours.ordinal()][theirs.ordinal()]++;
    }
    int within = 0;
    int stricter = 0;
    int laxer = 0;
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        within += Math.abs(a - b) <= 1 ? table[a][b] : 0;
        stricter += a < b ? table[a][b] : 0;
        laxer += a > b ? table[a][b] : 0;
      }
    }
    out.printf("strength %s: %,d passwords, within one level of zxcvbn %.1f%%, Thyrida lower %d, higher %d;"
        + " rows Thyrida WEAK..STRONG, columns zxcvbn: %s%n", name, inputs.length, 100.0 * within / inputs.length,
        stricter, laxer, Arrays.deepToString(table));
  }

  private String input() {
    String input = inputs[next];
    next = next + 1 == inputs.length ? 0 : next + 1;
    return input;
  }

  /**
   * Thyrida's estimate.
   *
   * @return the estimate
   */
  @Benchmark
  public StrengthEstimate thyrida() {
    return PasswordStrength.estimate(input());
  }

  /**
   * zxcvbn4j's.
   *
   * @return its result
   */
  @Benchmark
  public com.nulabinc.zxcvbn.Strength zxcvbn() {
    return zxcvbn.measure(input());
  }
}
