package dev.thyrida.bench.race;

import dev.thyrida.bench.ScaledRoster;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each contender of {@link LoadRace} keeps on the heap once built: the used heap after full
 * collections, with and without the built structure held (the events and lines it is built from are
 * held in both). Run alone: {@code java -cp benchmarks.jar dev.thyrida.bench.race.RetainedHeap}.
 */
public final class RetainedHeap {

  private RetainedHeap() {}

  /**
   * Prints the retained heap of each.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    List<Event> events = NationalDirectory.seeded(42, 1_000, 10_000, ScaledRoster.AT).events();
    List<List<String>> lines = new AccessCorpus(42, 1_000, 10_000).policyLines();
    System.out.printf("national directory: %,d events; flattened policy: %,d lines%n", events.size(), lines.size());
    measure("Thyrida Directory.replay", () -> Directory.replay(events));
    measure("jCasbin RBAC with domains", () -> AccessContenders.rbac(lines));
    measure("jCasbin rights as roles", () -> AccessContenders.roles(lines));
    measure("jCasbin ACL", () -> AccessContenders.acl(lines));
    measure("HashMap of rights", () -> AccessContenders.hashMap(lines));
  }

  /** Prints what one structure keeps once built. */
  static void measure(String name, Supplier<Object> build) {
    List<Object> held = new ArrayList<>();
    long before = used();
    held.add(build.get());
    long after = used();
    System.out.printf("%-28s %6.2f MiB retained%n", name, (after - before) / 1024.0 / 1024.0);
    held.clear();
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
