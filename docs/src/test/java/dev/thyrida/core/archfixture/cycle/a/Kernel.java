package dev.thyrida.core.archfixture.cycle.a;

import dev.thyrida.core.archfixture.cycle.b.Family;

/** A fixture for the cycle rule: a kernel that names its family, which names the kernel back. */
public final class Kernel {

  private Kernel() {}

  /**
   * The family this kernel knows, as the milestone-1 decider knew its families.
   *
   * @return the family's name
   */
  public static String family() {
    return Family.name();
  }
}
