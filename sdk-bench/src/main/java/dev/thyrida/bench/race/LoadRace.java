package dev.thyrida.bench.race;

import dev.thyrida.bench.ScaledRoster;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
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
 * Building the national directory (1,000 KEPs, 10,000 staff, with postings, accounts and
 * authorisations) from its events, beside jCasbin loading the flattened policy derived from it (the
 * rights only: jCasbin holds nothing else) and a HashMap of the same rights. Warm: the events and
 * the lines are in memory; the build is what is timed. {@link RetainedHeap} measures what each keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadRace {

  private List<Event> events;
  private List<List<String>> lines;

  /** Creates the state; JMH instantiates it. */
  public LoadRace() {
    // set up in setUp
  }

  /** Builds the events and derives the lines once. */
  @Setup(Level.Trial)
  public void setUp() {
    DirectoryFixture fixture = NationalDirectory.seeded(42, 1_000, 10_000, ScaledRoster.AT);
    events = fixture.events();
    lines = new AccessCorpus(42, 1_000, 10_000).policyLines();
    System.out.printf("load: %,d events, %,d policy lines%n", events.size(), lines.size());
  }

  /**
   * Thyrida: the directory replayed from its events.
   *
   * @return the directory
   */
  @Benchmark
  public Directory thyrida() {
    return Directory.replay(events);
  }

  /**
   * jCasbin, RBAC with domains.
   *
   * @return the enforcer
   */
  @Benchmark
  public Enforcer casbinRbac() {
    return AccessContenders.rbac(lines);
  }

  /**
   * jCasbin, each right a role.
   *
   * @return the enforcer
   */
  @Benchmark
  public Enforcer casbinRoles() {
    return AccessContenders.roles(lines);
  }

  /**
   * jCasbin, the ACL.
   *
   * @return the enforcer
   */
  @Benchmark
  public Enforcer casbinAcl() {
    return AccessContenders.acl(lines);
  }

  /**
   * The limit: the HashMap of rights.
   *
   * @return the map
   */
  @Benchmark
  public Map<String, Map<String, Integer>> hashMap() {
    return AccessContenders.hashMap(lines);
  }
}
