package dev.thyrida.bench;

import dev.thyrida.core.directory.Directory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link Directory#evolve} by one event on directories of 1,000, 10,000 and 100,000
 * employees (issue 3: O(log n), "at 100,000 employees an event must cost about what it costs at
 * 1,000"). Each call starts from the same trial-built directory, so every call does the same work.
 * Run with {@code -prof gc} for the bytes allocated per event (ADR 0080).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvolveBenchmark {

  /** Creates the benchmark; JMH instantiates it. */
  public EvolveBenchmark() {
    // stateless: the state is the roster
  }

  /**
   * A handler added to an existing active mailbox (C2): the mailbox and the handler index change.
   *
   * @param roster the directory and the event
   * @return the new directory
   */
  @Benchmark
  public Directory handlerAdded(ScaledRoster roster) {
    return roster.directory.evolve(roster.handlerAdded);
  }

  /**
   * A new posting of an existing employee (C3): the posting map and two indexes change.
   *
   * @param roster the directory and the event
   * @return the new directory
   */
  @Benchmark
  public Directory postingRecorded(ScaledRoster roster) {
    return roster.directory.evolve(roster.postingRecorded);
  }

  /**
   * An employee's loss of status (C6): the employee map changes.
   *
   * @param roster the directory and the event
   * @return the new directory
   */
  @Benchmark
  public Directory statusLost(ScaledRoster roster) {
    return roster.directory.evolve(roster.statusLost);
  }
}
