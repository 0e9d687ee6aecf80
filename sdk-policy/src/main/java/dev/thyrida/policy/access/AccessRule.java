package dev.thyrida.policy.access;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/**
 * The rule that a command's actor may take an action on the command's target (κανόνας πρόσβασης):
 * the violations of {@link Access#decide} under the decider's rules, so that every command on a
 * mailbox is judged by the same access function (L26-3, C8, C9, K8, X2).
 *
 * @param <C> the kind of command
 */
public final class AccessRule<C extends Command> implements Rule<C> {

  private final Action action;
  private final Function<? super C, Target> target;

  private AccessRule(Action action, Function<? super C, Target> target) {
    this.action = action;
    this.target = target;
  }

  /**
   * The rule that the actor may take an action on the target a command names.
   *
   * @param <C> the kind of command
   * @param action the action the command is
   * @param target the command's target
   * @return the rule
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing
   */
  public static <C extends Command> AccessRule<C> of(Action action, Function<? super C, Target> target) {
    return new AccessRule<>(Presence.required("AccessRule", "action", action),
        Presence.required("AccessRule", "target", target));
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    return Access.decide(command.actor(), action, target.apply(command), directory, rules).violations();
  }

  /**
   * Names the rule for its action, e.g. {@code ActorMay[WORK_REQUESTS]}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "ActorMay[" + action + "]";
  }
}
