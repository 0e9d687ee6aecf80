package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import java.util.List;

/**
 * A rule that reads a view of its command (προκείμενη, e.g. the access question a command asks)
 * which other rules read too: a {@link Handling} computes the view once per decision for consecutive
 * rules of the same {@link Premise}, instead of once per rule. Alone, the rule computes it itself,
 * so its answer is the same either way.
 *
 * @param <C> the kind of command
 * @param <V> the view
 */
public interface Premised<C extends Command, V> extends Rule<C> {

  /**
   * The premise the view comes from; rules that return the same instance share one view.
   *
   * @return the premise
   */
  Premise<? super C, V> premise();

  /**
   * Checks the command, given its view.
   *
   * @param view the premise's view of the command
   * @param command the command
   * @param directory the directory
   * @param rules the options
   * @return every violation found; empty when the rule holds
   */
  List<Violation> check(V view, C command, Directory directory, GovernanceRules rules);

  @Override
  default List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    return check(premise().view(command, rules), command, directory, rules);
  }

  /**
   * How the view of a command is made; pure.
   *
   * @param <C> the kind of command
   * @param <V> the view
   */
  @FunctionalInterface
  interface Premise<C extends Command, V> {

    /**
     * The view of a command under the options.
     *
     * @param command the command
     * @param rules the options
     * @return the view
     */
    V view(C command, GovernanceRules rules);
  }
}
