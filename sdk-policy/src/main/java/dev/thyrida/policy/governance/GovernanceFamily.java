package dev.thyrida.policy.governance;

import dev.thyrida.policy.decide.Family;

/**
 * The governance family (διακυβέρνηση θυρίδων): the handlings of the circular's commands (C1–C10,
 * D6–D8, X2, X3) and of the HR and setup facts the host feeds.
 */
public final class GovernanceFamily {

  /** The family, registered in the standard decider. */
  public static final Family FAMILY = Family.of("governance");

  private GovernanceFamily() {}
}
