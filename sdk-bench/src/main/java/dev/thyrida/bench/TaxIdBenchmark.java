package dev.thyrida.bench;

import dev.thyrida.core.identity.TaxId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How long the X7 tax id check takes, valid and invalid. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaxIdBenchmark {

  /** The text checked: a valid id, a wrong check digit, and a wrong shape. */
  @Param({"068933130", "123456789", "06893313x"})
  public String text;

  /**
   * The non-throwing check.
   *
   * @return whether the text is valid
   */
  @Benchmark
  public boolean isValid() {
    return TaxId.isValid(text);
  }
}
