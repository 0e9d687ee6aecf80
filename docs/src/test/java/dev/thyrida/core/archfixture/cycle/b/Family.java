package dev.thyrida.core.archfixture.cycle.b;

import dev.thyrida.core.archfixture.cycle.a.Kernel;

/** A fixture for the cycle rule: a family that uses the kernel that names it. */
public final class Family {

  private Family() {}

  /**
   * The family's name.
   *
   * @return its name
   */
  public static String name() {
    return "fixture";
  }

  /**
   * The kernel's view of this family, closing the cycle.
   *
   * @return the name the kernel gives
   */
  public static String viaKernel() {
    return Kernel.family();
  }
}
