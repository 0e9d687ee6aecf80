package dev.thyrida.bench;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link Rulebook#decide} of an AddHandler command (C2–C4) on directories of 1,000, 10,000
 * and 100,000 employees: one the rules accept, one they reject as not eligible at the KEP (C3).
 * The setup checks each decides as named (ADR 0080).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecideBenchmark {

  private static final GovernanceRules RULES = GovernanceRules.defaults();

  /** Creates the benchmark; JMH instantiates it. */
  public DecideBenchmark() {
    // the rules are the defaults
  }

  /**
   * The supervisor adds a staff member posted at the KEP: accepted with one HandlerAdded.
   *
   * @param roster the directory and the command
   * @return the decision
   */
  @Benchmark
  public Decision addHandlerAccepted(ScaledRoster roster) {
    return Rulebook.decide(roster.accepted, roster.directory, RULES);
  }

  /**
   * The supervisor adds someone posted at another KEP: rejected (C3).
   *
   * @param roster the directory and the command
   * @return the decision
   */
  @Benchmark
  public Decision addHandlerRejected(ScaledRoster roster) {
    return Rulebook.decide(roster.rejected, roster.directory, RULES);
  }
}
