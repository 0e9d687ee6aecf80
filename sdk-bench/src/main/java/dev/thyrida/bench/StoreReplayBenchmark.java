package dev.thyrida.bench;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.io.IOException;
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
 * The national directory (X9: 1,000 KEPs, 5,000 staff; 17,526 events) rebuilt by replaying a store
 * that holds its events (ADR 0141): read page by page, decoded from JSON, folded. The in-memory store
 * is the baseline; {@code NationalBenchmark.replay} is the fold alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StoreReplayBenchmark {

  /** Where the log is kept. */
  @Param({"postgresql", "h2-file", "h2-memory", "memory"})
  public String store;

  private LogUnderTest log;

  /** Creates the benchmark; JMH instantiates it. */
  public StoreReplayBenchmark() {
    // built in setUp
  }

  /**
   * Opens a fresh store and appends the national list to it.
   *
   * @throws IOException when the database cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    DirectoryFixture fixture = NationalDirectory.seeded(42, 1_000, 5_000, ScaledRoster.AT);
    log = LogUnderTest.open(store);
    log.append(0, fixture.events());
    if (!log.replay().equals(fixture.directory())) {
      throw new IllegalStateException(store + " does not replay to the national directory");
    }
  }

  /**
   * Closes the store.
   *
   * @throws IOException when it cannot stop
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    log.close();
  }

  /**
   * The directory from the store.
   *
   * @return it
   */
  @Benchmark
  public Directory replay() {
    return log.replay();
  }
}
