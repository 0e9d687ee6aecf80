package dev.thyrida.policy.rulebook;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.account.AccountFamily;
import dev.thyrida.policy.casework.CaseworkFamily;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.governance.GovernanceFamily;

/**
 * The SDK's rulebook (κανονισμός): the standard decider, composed of every family the SDK ships, the
 * circular's governance (C1–C10), the service accounts and authorisations of the guide (K1–K8, X5)
 * and the requests and documents of the law (L26). Every handling of each begins with the same access
 * rules ({@code Gate}) and the kernel's rule that time moves forward (D10).
 *
 * <p>A host that adds a family composes its own with {@link Decider#of}, starting from {@link
 * #families()}.
 */
public final class Rulebook {

  private static final Decider STANDARD = Decider.of(families());

  private Rulebook() {}

  /**
   * The families of the standard decider, in their order.
   *
   * @return a new array of the families
   */
  public static Family[] families() {
    return new Family[] {GovernanceFamily.FAMILY, AccountFamily.FAMILY, CaseworkFamily.FAMILY};
  }

  /**
   * The standard decider, with every family the SDK ships.
   *
   * @return the decider
   */
  public static Decider standard() {
    return STANDARD;
  }

  /**
   * Decides a command with the standard decider.
   *
   * @param command the command
   * @param directory the directory snapshot
   * @param rules the options
   * @return accepted with its events, or rejected with every violation; never throws for present arguments
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing
   */
  public static Decision decide(Command command, Directory directory, GovernanceRules rules) {
    return STANDARD.apply(command, directory, rules);
  }
}
