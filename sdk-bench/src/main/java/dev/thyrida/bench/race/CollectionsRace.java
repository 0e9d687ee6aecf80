package dev.thyrida.bench.race;

import java.util.HashMap;
import java.util.SplittableRandom;
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
import org.organicdesign.fp.collections.PersistentHashMap;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The persistent maps the directory could be built on (ADR 0013), on n nine-digit keys like tax ids:
 * building n entries one at a time (a replay), building them through a transient where the library
 * has one (a bulk load), one more entry on the n-entry map (one {@code evolve}), and a lookup.
 * pcollections (today's), Vavr, Paguro; a JDK HashMap is the mutable limit. Bifurcan is not served
 * by this machine's Maven proxy; a CHAMP of our own was not written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CollectionsRace {

  /** How many entries. */
  @Param({"10000", "100000"})
  public int n;

  private String[] keys;
  private String extra;
  private PMap<String, Integer> pcollections;
  private io.vavr.collection.HashMap<String, Integer> vavr;
  private PersistentHashMap<String, Integer> paguro;
  private HashMap<String, Integer> jdk;
  private int next;

  /** Creates the state; JMH instantiates it. */
  public CollectionsRace() {
    // set up in setUp
  }

  /** Draws the keys and builds each map once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = String.format("%09d", random.nextInt(1_000_000_000));
    }
    extra = "x00000000";
    pcollections = pcollectionsBuild();
    vavr = vavrBuild();
    paguro = paguroBuild();
    jdk = jdkBuild();
  }

  private String key() {
    String key = keys[next];
    next = next + 1 == keys.length ? 0 : next + 1;
    return key;
  }

  /**
   * pcollections, one at a time.
   *
   * @return the map
   */
  @Benchmark
  public PMap<String, Integer> pcollectionsBuild() {
    PMap<String, Integer> map = HashTreePMap.empty();
    for (int i = 0; i < keys.length; i++) {
      map = map.plus(keys[i], i);
    }
    return map;
  }

  /**
   * Vavr, one at a time.
   *
   * @return the map
   */
  @Benchmark
  public io.vavr.collection.HashMap<String, Integer> vavrBuild() {
    io.vavr.collection.HashMap<String, Integer> map = io.vavr.collection.HashMap.empty();
    for (int i = 0; i < keys.length; i++) {
      map = map.put(keys[i], i);
    }
    return map;
  }

  /**
   * Paguro, one at a time.
   *
   * @return the map
   */
  @Benchmark
  public PersistentHashMap<String, Integer> paguroBuild() {
    PersistentHashMap<String, Integer> map = PersistentHashMap.empty();
    for (int i = 0; i < keys.length; i++) {
      map = map.assoc(keys[i], i);
    }
    return map;
  }

  /**
   * Paguro through its transient, then frozen.
   *
   * @return the map
   */
  @Benchmark
  public PersistentHashMap<String, Integer> paguroTransientBuild() {
    PersistentHashMap.MutHashMap<String, Integer> map = PersistentHashMap.emptyMutable();
    for (int i = 0; i < keys.length; i++) {
      map.assoc(keys[i], i);
    }
    return map.immutable();
  }

  /**
   * The mutable limit.
   *
   * @return the map
   */
  @Benchmark
  public HashMap<String, Integer> jdkBuild() {
    HashMap<String, Integer> map = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      map.put(keys[i], i);
    }
    return map;
  }

  /**
   * One more entry on pcollections' n.
   *
   * @return the new map
   */
  @Benchmark
  public PMap<String, Integer> pcollectionsPut() {
    return pcollections.plus(extra, 1);
  }

  /**
   * One more entry on Vavr's n.
   *
   * @return the new map
   */
  @Benchmark
  public io.vavr.collection.HashMap<String, Integer> vavrPut() {
    return vavr.put(extra, 1);
  }

  /**
   * One more entry on Paguro's n.
   *
   * @return the new map
   */
  @Benchmark
  public PersistentHashMap<String, Integer> paguroPut() {
    return paguro.assoc(extra, 1);
  }

  /**
   * A lookup in pcollections.
   *
   * @return the value
   */
  @Benchmark
  public Integer pcollectionsGet() {
    return pcollections.get(key());
  }

  /**
   * A lookup in Vavr.
   *
   * @return the value
   */
  @Benchmark
  public Integer vavrGet() {
    return vavr.getOrElse(key(), null);
  }

  /**
   * A lookup in Paguro.
   *
   * @return the value
   */
  @Benchmark
  public Integer paguroGet() {
    return paguro.get(key());
  }

  /**
   * A lookup in the JDK's HashMap.
   *
   * @return the value
   */
  @Benchmark
  public Integer jdkGet() {
    return jdk.get(key());
  }

  /**
   * The maps' retained heap at n = 100,000, for ADR 0013.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    CollectionsRace race = new CollectionsRace();
    race.n = 100_000;
    race.setUp();
    System.out.println("retained heap of 100,000 entries (keys and values shared with the key array)");
    RetainedHeap.measure("pcollections HashTreePMap", race::pcollectionsBuild);
    RetainedHeap.measure("Vavr HashMap", race::vavrBuild);
    RetainedHeap.measure("Paguro PersistentHashMap", race::paguroBuild);
    RetainedHeap.measure("Paguro via its transient", race::paguroTransientBuild);
    RetainedHeap.measure("JDK HashMap", race::jdkBuild);
  }
}
