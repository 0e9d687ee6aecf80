package dev.thyrida.testkit.property;

import java.util.List;

/**
 * A stateful property failed: the minimal story (seed, numbered steps, the invariant that broke)
 * after shrinking. Its message is the story; its fields let a test about a property assert on it.
 */
public final class PropertyFalsified extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The label of the broken invariant, or which step threw and what. */
  private final String failure;
  /** The seed of the failing run. */
  private final long seed;
  /** The descriptions of the shrunk steps, in order. */
  private final List<String> steps;
  /** The length of the sequence before shrinking. */
  private final int originalLength;

  PropertyFalsified(String message, Failure failure, long seed, List<String> steps, int originalLength) {
    super(message, failure.cause());
    this.failure = failure.label();
    this.seed = seed;
    this.steps = List.copyOf(steps);
    this.originalLength = originalLength;
  }

  /**
   * The label of the broken invariant, or which step threw and what.
   *
   * @return the failure's label
   */
  public String failure() {
    return failure;
  }

  /**
   * The seed of the failing run: rerun with it to reproduce.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The shrunk steps, as their descriptions, in order.
   *
   * @return the minimal story
   */
  public List<String> steps() {
    return steps;
  }

  /**
   * How many steps the run had executed when it failed, before shrinking.
   *
   * @return the original length
   */
  public int originalLength() {
    return originalLength;
  }
}
