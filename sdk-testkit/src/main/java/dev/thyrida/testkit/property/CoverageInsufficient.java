package dev.thyrida.testkit.property;

/**
 * A stateful property held, but did not reach a path it was required to reach often enough: a
 * property that never exercises the interesting paths proves nothing.
 */
public final class CoverageInsufficient extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The label that was earned too rarely. */
  private final String label;
  /** The share required, from 0 to 1. */
  private final double required;
  /** The share reached, from 0 to 1. */
  private final double reached;

  CoverageInsufficient(String message, String label, double required, double reached) {
    super(message);
    this.label = label;
    this.required = required;
    this.reached = reached;
  }

  /**
   * The label that was earned too rarely.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The minimum share required.
   *
   * @return a number from 0 to 1
   */
  public double required() {
    return required;
  }

  /**
   * The share reached.
   *
   * @return a number from 0 to 1
   */
  public double reached() {
    return reached;
  }
}
