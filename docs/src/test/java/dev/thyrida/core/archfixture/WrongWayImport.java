package dev.thyrida.core.archfixture;

import dev.thyrida.policy.constraints.validators.GreekTaxIdValidator;

/** A deliberate wrong-way import (core -&gt; policy), used only to prove that the module rule catches it. */
public final class WrongWayImport {

  private WrongWayImport() {}

  /**
   * Uses a policy type from a core package.
   *
   * @return a validator, which core must never touch
   */
  public static GreekTaxIdValidator reachOutwards() {
    return new GreekTaxIdValidator();
  }
}
