package dev.thyrida.bench;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.policy.audit.Audit;
import dev.thyrida.policy.audit.Finding;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national directory (X9: 1,000 KEPs, 5,000 staff): the whole audit at an instant (issue 8: "in a
 * few seconds"), and the replay of the event list that builds it (ADR 0080).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NationalBenchmark {

  /** A year after the events, so that postings and supervisors have aged (C6, D8). */
  private static final Instant AUDITED_AT = ScaledRoster.AT.plusSeconds(365L * 24 * 3600);

  private final GovernanceRules rules = GovernanceRules.defaults();
  private List<Event> events;
  private Directory directory;

  /** Creates the benchmark; JMH instantiates it. */
  public NationalBenchmark() {
    // built in setUp
  }

  /** Builds the national directory once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    DirectoryFixture fixture = NationalDirectory.seeded(42, 1_000, 5_000, ScaledRoster.AT);
    events = fixture.events();
    directory = fixture.directory();
    if (Audit.findings(directory, AUDITED_AT, rules).isEmpty()) {
      throw new IllegalStateException("the national directory should give the audit something to find");
    }
  }

  /**
   * Every finding of the national directory.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> audit() {
    return Audit.findings(directory, AUDITED_AT, rules);
  }

  /**
   * The national directory from its events.
   *
   * @return the directory
   */
  @Benchmark
  public Directory replay() {
    return Directory.replay(events);
  }
}
