package dev.thyrida.bench;

import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.io.IOException;
import java.util.List;
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
 * Appends per second to the event log from one writer (ADR 0141), in batches of 1 and 10 events of
 * the national list, each at the head it returned last: every append is one committed transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StoreAppendBenchmark {

  /** Where the log is kept. */
  @Param({"postgresql", "h2-file", "h2-memory", "memory"})
  public String store;

  /** Events per append. */
  @Param({"1", "10"})
  public int batch;

  private List<Event> national;
  private LogUnderTest log;
  private long head;
  private int next;

  /** Creates the benchmark; JMH instantiates it. */
  public StoreAppendBenchmark() {
    // built in setUp
  }

  /**
   * Opens a fresh store.
   *
   * @throws IOException when the database cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    national = NationalDirectory.seeded(42, 1_000, 5_000, ScaledRoster.AT).events();
    log = LogUnderTest.open(store);
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
   * One append of a batch at the head.
   *
   * @return the new head
   */
  @Benchmark
  public long append() {
    if (next + batch > national.size()) {
      next = 0;
    }
    head = log.append(head, national.subList(next, next + batch));
    next += batch;
    return head;
  }
}
