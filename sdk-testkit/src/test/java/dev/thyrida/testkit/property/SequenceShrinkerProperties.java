package dev.thyrida.testkit.property;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SequenceShrinkerProperties {

  @Test
  @DisplayName("shrinking never returns a sequence that passes, and never a longer one")
  void neverReturnsAPassingSequence() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 120),
            integers().between(1, 30), integers().between(1, 6))
        .check((list, modulus, needed) -> {
          Predicate<List<Integer>> fails = failure(modulus, reachable(list, modulus, needed));
          var shrunk = new SequenceShrinker().shrink(list, fails);
          return fails.test(shrunk.sequence()) && shrunk.sequence().size() <= list.size();
        });
  }

  @Test
  @DisplayName("a 1-minimal result loses its failure when any single element is removed")
  void resultIsOneMinimal() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 80),
            integers().between(1, 30), integers().between(1, 6))
        .check((list, modulus, needed) -> {
          Predicate<List<Integer>> fails = failure(modulus, reachable(list, modulus, needed));
          var shrunk = new SequenceShrinker().shrink(list, fails);
          return shrunk.minimal() && shrunk.sequence().size() == reachable(list, modulus, needed);
        });
  }

  /** The number of needed multiples capped at what the list holds, so the list always fails. */
  private static int reachable(List<Integer> list, int modulus, int needed) {
    return (int) Math.min(needed, list.stream().filter(i -> i % modulus == 0).count());
  }

  /** Fails when at least {@code needed} elements are multiples of {@code modulus}. */
  private static Predicate<List<Integer>> failure(int modulus, int needed) {
    return candidate -> candidate.stream().filter(i -> i % modulus == 0).count() >= needed;
  }
}
