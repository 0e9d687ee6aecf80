package dev.thyrida.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SequenceShrinkerTest {

  private static final List<Integer> TWO_HUNDRED = IntStream.range(0, 200).boxed().toList();

  /** A planted bug: fails only when 42 comes somewhere before 137. */
  private static final Predicate<List<Integer>> FORTY_TWO_THEN_137 =
      candidate -> candidate.contains(42) && candidate.contains(137)
          && candidate.indexOf(42) < candidate.indexOf(137);

  @Test
  @DisplayName("a planted bug that needs exactly 2 of 200 actions shrinks to exactly those 2")
  void shrinksToTheTwoActionsThatMatter() {
    var shrunk = new SequenceShrinker().shrink(TWO_HUNDRED, FORTY_TWO_THEN_137);
    assertEquals(List.of(42, 137), shrunk.sequence());
    assertTrue(shrunk.minimal());
    assertEquals(200, shrunk.originalSize());
  }

  @Test
  @DisplayName("a failure that needs one action shrinks to that action alone")
  void shrinksToOneAction() {
    var shrunk = new SequenceShrinker().shrink(TWO_HUNDRED, candidate -> candidate.contains(199));
    assertEquals(List.of(199), shrunk.sequence());
  }

  @Test
  @DisplayName("a failure that needs no action at all shrinks to the empty sequence")
  void shrinksToNothingWhenNothingIsNeeded() {
    var shrunk = new SequenceShrinker().shrink(TWO_HUNDRED, candidate -> true);
    assertEquals(List.of(), shrunk.sequence());
  }

  @Test
  @DisplayName("a failure that needs many scattered actions keeps each of them, and only them")
  void keepsEveryNeededAction() {
    Predicate<List<Integer>> fiveMultiplesOf37 =
        candidate -> candidate.stream().filter(i -> i % 37 == 0 && i > 0).count() >= 5;
    var shrunk = new SequenceShrinker().shrink(TWO_HUNDRED, fiveMultiplesOf37);
    assertEquals(List.of(37, 74, 111, 148, 185), shrunk.sequence());
  }

  @Test
  @DisplayName("refuses a sequence that does not fail: it cannot shrink what it cannot reproduce")
  void refusesAPassingSequence() {
    assertThrows(IllegalArgumentException.class,
        () -> new SequenceShrinker().shrink(List.of(1, 2, 3), candidate -> false));
  }

  @Test
  @DisplayName("an exhausted budget still returns a failing sequence, marked not minimal")
  void exhaustedBudgetStaysSound() {
    var shrunk = new SequenceShrinker(5).shrink(TWO_HUNDRED, FORTY_TWO_THEN_137);
    assertTrue(FORTY_TWO_THEN_137.test(shrunk.sequence()));
    assertFalse(shrunk.minimal());
    assertTrue(shrunk.tests() <= 5);
  }

  @Test
  @DisplayName("never tests more candidates than its budget, even for an erratic failure")
  void respectsTheBudget() {
    Predicate<List<Integer>> erratic = candidate -> candidate.hashCode() % 3 != 0;
    var shrunk = new SequenceShrinker(300).shrink(TWO_HUNDRED, erratic);
    assertTrue(erratic.test(shrunk.sequence()));
    assertTrue(shrunk.tests() <= 300);
  }
}
