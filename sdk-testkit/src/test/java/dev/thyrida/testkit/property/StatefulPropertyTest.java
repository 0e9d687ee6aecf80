package dev.thyrida.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatefulPropertyTest {

  private static StatefulProperty<Members> members() {
    return StatefulProperty.from(Members::empty).actions(Members::draw).runs(50).steps(40);
  }

  @Test
  @DisplayName("the same seed draws the same sequence of actions")
  void sameSeedSameSequence() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    PropertyReport report = recording(first).seed(7L).check();
    recording(second).seed(7L).check();
    assertEquals(first, second);
    assertEquals((long) report.runs() * report.stepsPerRun(), first.size());
    List<String> other = new ArrayList<>();
    recording(other).seed(8L).check();
    assertTrue(!first.equals(other), "another seed draws another sequence");
  }

  private static StatefulProperty<Members> recording(List<String> drawn) {
    return members().actions((state, random) -> {
      Action<Members> action = Members.draw(state, random);
      drawn.add(action.description());
      return action;
    });
  }

  @Test
  @DisplayName("a failure names the broken invariant's label, the seed and the shrunk story")
  void failureTellsTheStory() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("at most five members", state -> state.present().size() <= 5)
        .seed(11L).check());
    assertEquals("at most five members", failure.failure());
    assertEquals(6, failure.steps().size());
    assertTrue(failure.steps().stream().allMatch(step -> step.startsWith("add(")));
    assertTrue(failure.originalLength() >= 6);
    assertTrue(failure.getMessage().contains("at most five members"));
    assertTrue(failure.getMessage().contains("-Dthyrida.stateful.seed=" + failure.seed()));
  }

  @Test
  @DisplayName("replaying the printed seed for one run reproduces the same failure")
  void printedSeedReproduces() {
    PropertyFalsified first = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("at most five members", state -> state.present().size() <= 5).seed(3L).check());
    PropertyFalsified again = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("at most five members", state -> state.present().size() <= 5)
        .seed(first.seed()).runs(1).check());
    assertEquals(first.steps(), again.steps());
    assertEquals(first.originalLength(), again.originalLength());
  }

  @Test
  @DisplayName("shrinking keeps an action a later one depends on: its precondition is replayed")
  void shrinkingRespectsPreconditions() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("3 is never removed", state -> !state.removed().contains(3)).seed(5L).check());
    assertEquals(List.of("add(3)", "remove(3)"), failure.steps());
  }

  @Test
  @DisplayName("shrinking keeps the SAME invariant failing, not another one met on the way")
  void shrinkingKeepsTheSameInvariant() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("never more than eight members", state -> state.present().size() <= 8)
        .invariant("9 is never present", state -> !state.present().contains(9)).seed(21L).check());
    if (failure.failure().equals("9 is never present")) {
      assertEquals(List.of("add(9)"), failure.steps());
    } else {
      assertEquals(9, failure.steps().size());
    }
  }

  @Test
  @DisplayName("a step that throws is a failure, shrunk like a broken invariant")
  void aThrowingStepFails() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .actions((state, random) -> random.nextInt(20) == 0
            ? Action.of("explode", s -> { throw new IllegalStateException("boom"); })
            : Members.draw(state, random))
        .seed(9L).check());
    assertEquals("step threw java.lang.IllegalStateException", failure.failure());
    assertEquals(List.of("explode"), failure.steps());
    assertNotNull(failure.getCause());
  }

  @Test
  @DisplayName("a broken postcondition fails the step with its own label, and shrinks to the story behind it")
  void postconditionFails() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .actions((state, random) -> {
          Action<Members> drawn = Members.draw(state, random);
          return Action.of(drawn.description(), drawn::precondition, s -> {
            Transition<Members> next = drawn.apply(s);
            Postcondition.require(next.state().present().size() < 4, "fewer than four members after a step");
            return next;
          });
        })
        .seed(13L).check());
    assertEquals("postcondition \"fewer than four members after a step\"", failure.failure());
    assertEquals(4, failure.steps().size());
    assertTrue(failure.steps().stream().allMatch(step -> step.startsWith("add(")));
  }

  @Test
  @DisplayName("an initial state that breaks an invariant fails with an empty story")
  void brokenInitialState() {
    PropertyFalsified failure = assertThrows(PropertyFalsified.class, () -> members()
        .invariant("someone is present", state -> !state.present().isEmpty()).check());
    assertEquals(List.of(), failure.steps());
    assertTrue(failure.getMessage().contains("the initial state"));
  }

  @Test
  @DisplayName("a required coverage label that is never earned fails the property")
  void missingCoverageFails() {
    CoverageInsufficient failure = assertThrows(CoverageInsufficient.class, () -> members()
        .requireCoverage("add new", 0.05).requireCoverage("transfer accepted", 0.01).check());
    assertEquals("transfer accepted", failure.label());
    assertEquals(0.0, failure.reached());
  }

  @Test
  @DisplayName("coverage counts every label over all steps, and a reached share passes")
  void reachedCoverageReports() {
    PropertyReport report = members().seed(1L)
        .requireCoverage("add new", 0.05).requireCoverage("remove", 0.05).check();
    Coverage coverage = report.coverage();
    assertEquals((long) report.runs() * report.stepsPerRun(), coverage.steps());
    long labelled = coverage.counts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(coverage.steps(), labelled, "each step earns exactly one label here");
    assertTrue(coverage.table().contains("add duplicate"));
  }

  @Test
  @DisplayName("system properties override runs, steps and seed (the million-steps profile)")
  void systemPropertiesWin() {
    String runs = System.getProperty(Settings.RUNS);
    String steps = System.getProperty(Settings.STEPS);
    String seed = System.getProperty(Settings.SEED);
    System.setProperty(Settings.RUNS, "3");
    System.setProperty(Settings.STEPS, "7");
    System.setProperty(Settings.SEED, "99");
    try {
      PropertyReport report = members().runs(1000).steps(1000).seed(1L).check();
      assertEquals(3, report.runs());
      assertEquals(7, report.stepsPerRun());
      assertEquals(99L, report.seed());
      assertEquals(21L, report.coverage().steps());
    } finally {
      restore(Settings.RUNS, runs);
      restore(Settings.STEPS, steps);
      restore(Settings.SEED, seed);
    }
  }

  /** Puts back what the build set (the million-steps profile sets runs and steps). */
  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  @DisplayName("an action source that never draws an applicable action is a test bug, said plainly")
  void inapplicableSourceIsRefused() {
    StatefulProperty<Members> property = members().actions((state, random) -> Members.remove(1));
    assertThrows(IllegalStateException.class, property::check);
  }

  @Test
  @DisplayName("refuses two invariants with the same label and out-of-range coverage shares")
  void refusesAmbiguousConfiguration() {
    StatefulProperty<Members> property = members().invariant("a", state -> true);
    assertThrows(IllegalArgumentException.class, () -> property.invariant("a", state -> true));
    assertThrows(IllegalArgumentException.class, () -> property.requireCoverage("x", 0));
    assertThrows(IllegalArgumentException.class, () -> property.requireCoverage("x", 1.5));
  }

  @Test
  @DisplayName("runs are drawn from seeds that follow each other, so run n is reproducible alone")
  void runSeedsFollowEachOther() {
    long second = Settings.next(42L);
    assertEquals(second, Settings.next(42L));
    assertTrue(second != 42L);
    assertEquals(new SplittableRandom(42L).nextLong(), second);
  }
}
