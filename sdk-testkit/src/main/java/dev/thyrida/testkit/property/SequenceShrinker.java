package dev.thyrida.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A sound delta-debugging (ddmin, Zeller and Hildebrandt 2002) shrinker for sequences: it splits the
 * sequence into chunks, keeps any one chunk alone or the sequence without one chunk when the failure
 * persists, and refines the chunks down to single elements.
 *
 * <p>Sound: it only ever moves to a candidate that the given test says still fails, so it never
 * returns a passing sequence. Terminating: each round either shortens the sequence or doubles the
 * number of chunks, up to one chunk per element, and a budget bounds the number of tests. When the
 * budget is not exhausted the result is 1-minimal: removing any single element makes the failure
 * disappear.
 */
public final class SequenceShrinker {

  /** The default budget of test runs for one shrink. */
  public static final int DEFAULT_MAX_TESTS = 20_000;

  private final int maxTests;

  /**
   * A shrinker with a budget of test runs.
   *
   * @param maxTests the most candidates it tests before returning the smallest failing one so far
   */
  public SequenceShrinker(int maxTests) {
    if (maxTests < 1) {
      throw new IllegalArgumentException("a shrinker needs a positive budget, not " + maxTests);
    }
    this.maxTests = maxTests;
  }

  /** A shrinker with the {@link #DEFAULT_MAX_TESTS default budget}. */
  public SequenceShrinker() {
    this(DEFAULT_MAX_TESTS);
  }

  /**
   * Shrinks a failing sequence.
   *
   * @param failing a sequence for which {@code stillFails} is true
   * @param stillFails the test: true when a candidate still shows the SAME failure
   * @param <T> the element type
   * @return the smallest failing sequence found, with how it was found
   * @throws IllegalArgumentException when the given sequence does not fail
   */
  public <T> Shrunk<T> shrink(List<T> failing, Predicate<List<T>> stillFails) {
    Objects.requireNonNull(stillFails, "a shrinker needs the failure test");
    Budget<T> budget = new Budget<>(stillFails, maxTests);
    List<T> current = List.copyOf(failing);
    if (!budget.fails(current)) {
      throw new IllegalArgumentException("the sequence to shrink does not fail");
    }
    int chunks = 2;
    while (current.size() >= 2 && budget.left()) {
      List<List<T>> parts = split(current, chunks);
      List<T> smaller = firstFailingSubset(parts, budget);
      if (smaller != null) {
        current = smaller;
        chunks = 2;
        continue;
      }
      smaller = firstFailingComplement(parts, budget);
      if (smaller != null) {
        current = smaller;
        chunks = Math.max(chunks - 1, 2);
      } else if (chunks >= current.size()) {
        break;
      } else {
        chunks = Math.min(chunks * 2, current.size());
      }
    }
    if (current.size() == 1 && budget.left() && budget.fails(List.of())) {
      current = List.of();
    }
    return new Shrunk<>(current, failing.size(), budget.used(), budget.left());
  }

  private static <T> List<T> firstFailingSubset(List<List<T>> parts, Budget<T> budget) {
    if (parts.size() == 2) {
      return null; // with two parts a subset is the other part's complement: tried below
    }
    for (List<T> part : parts) {
      if (budget.left() && budget.fails(part)) {
        return part;
      }
    }
    return null;
  }

  private static <T> List<T> firstFailingComplement(List<List<T>> parts, Budget<T> budget) {
    for (int skip = 0; skip < parts.size(); skip++) {
      List<T> complement = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        if (i != skip) {
          complement.addAll(parts.get(i));
        }
      }
      if (budget.left() && budget.fails(complement)) {
        return List.copyOf(complement);
      }
    }
    return null;
  }

  private static <T> List<List<T>> split(List<T> sequence, int chunks) {
    List<List<T>> parts = new ArrayList<>(chunks);
    int start = 0;
    for (int i = 0; i < chunks; i++) {
      int end = start + (sequence.size() - start) / (chunks - i);
      parts.add(sequence.subList(start, end));
      start = end;
    }
    return parts;
  }

  /** Counts the tests run against the budget. */
  private static final class Budget<T> {
    private final Predicate<List<T>> stillFails;
    private final int max;
    private int used;

    Budget(Predicate<List<T>> stillFails, int max) {
      this.stillFails = stillFails;
      this.max = max;
    }

    boolean fails(List<T> candidate) {
      used++;
      return stillFails.test(List.copyOf(candidate));
    }

    boolean left() {
      return used < max;
    }

    int used() {
      return used;
    }
  }

  /**
   * The result of a shrink.
   *
   * @param sequence the smallest failing sequence found
   * @param originalSize the length of the sequence given
   * @param tests how many candidates were tested
   * @param minimal true when the budget lasted, so the sequence is 1-minimal
   * @param <T> the element type
   */
  public record Shrunk<T>(List<T> sequence, int originalSize, int tests, boolean minimal) {

    /**
     * Copies the sequence.
     *
     * @param sequence the smallest failing sequence found
     * @param originalSize the length of the sequence given
     * @param tests how many candidates were tested
     * @param minimal true when the sequence is 1-minimal
     */
    public Shrunk {
      sequence = List.copyOf(sequence);
    }
  }
}
