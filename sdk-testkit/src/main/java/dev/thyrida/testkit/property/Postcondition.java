package dev.thyrida.testkit.property;

import java.util.Objects;

/**
 * A labelled check inside one action, about that step's outcome (e.g. "a handover by the supervisor
 * is accepted (C7)"), where an invariant over the state cannot see it. When it does not hold, the
 * step fails with the label as its failure, and shrinking keeps that same label.
 */
public final class Postcondition extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule the step broke. */
  private final String label;

  private Postcondition(String label) {
    super(label, null, false, false);
    this.label = label;
  }

  /**
   * Requires a step's outcome to hold.
   *
   * @param holds whether it holds
   * @param label the rule, with its clause
   * @throws Postcondition when it does not hold
   */
  public static void require(boolean holds, String label) {
    Objects.requireNonNull(label, "a postcondition needs a label");
    if (!holds) {
      throw new Postcondition("postcondition \"" + label + "\"");
    }
  }

  /**
   * The failure label: {@code postcondition "<label>"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
