package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one kind of command is decided (χειρισμός εντολής): its rules, in their documented order, and
 * the effect that yields the events when none is broken. Every handling begins with the kernel's
 * own rule that time moves forward (D10, {@code TimeMovesForward}), whatever rules it is given.
 *
 * @param <C> the kind of command
 */
public final class Handling<C extends Command> {

  private final Class<C> kind;
  private final List<Rule<? super C>> rules;
  private final Effect<? super C> effect;

  private Handling(Class<C> kind, List<Rule<? super C>> rules, Effect<? super C> effect) {
    this.kind = kind;
    this.rules = rules;
    this.effect = effect;
  }

  /**
   * The handling of a kind of command.
   *
   * @param <C> the kind
   * @param kind the command's record class
   * @param rules the rules in the order they are checked and reported, after {@code TimeMovesForward}
   * @param effect the events when every rule holds
   * @return the handling
   * @throws InvalidValueException when an argument or a rule is missing
   */
  public static <C extends Command> Handling<C> of(
      Class<C> kind, List<? extends Rule<? super C>> rules, Effect<? super C> effect) {
    if (kind == null || rules == null || effect == null || rules.stream().anyMatch(Objects::isNull)) {
      throw new InvalidValueException("Handling", "kind, rules (without nulls) and effect are required");
    }
    List<Rule<? super C>> all = new ArrayList<>(rules.size() + 1);
    all.add(TimeMovesForward.RULE);
    all.addAll(rules);
    return new Handling<>(kind, List.copyOf(all), effect);
  }

  /**
   * The kind of command handled.
   *
   * @return the command's record class
   */
  public Class<C> kind() {
    return kind;
  }

  /**
   * The rules, in order.
   *
   * @return an unmodifiable list
   */
  public List<Rule<? super C>> rules() {
    return rules;
  }

  /**
   * The effect: the events when every rule holds.
   *
   * @return the effect
   */
  public Effect<? super C> effect() {
    return effect;
  }

  /**
   * Every violation of every rule, in rule order. Consecutive {@link Premised} rules of one premise
   * share its view of the command, made once; nothing is allocated while no rule is broken.
   *
   * @param command the command
   * @param directory the directory
   * @param options the options
   * @return the violations; empty when every rule holds
   */
  public List<Violation> violations(C command, Directory directory, GovernanceRules options) {
    List<Violation> found = List.of();
    Premised.Premise<?, ?> premise = null;
    Object view = null;
    for (Rule<? super C> rule : rules) {
      List<Violation> broken;
      if (rule instanceof Premised) {
        Premised<? super C, Object> premised = premised(rule);
        if (premised.premise() != premise) {
          premise = premised.premise();
          view = premised.premise().view(command, options);
        }
        broken = premised.check(view, command, directory, options);
      } else {
        broken = rule.check(command, directory, options);
      }
      if (found.isEmpty()) {
        found = broken.isEmpty() ? found : new ArrayList<>(broken);
      } else {
        found.addAll(broken);
      }
    }
    return found;
  }

  /** One rule as the premised rule it is; the view it is given is its own premise's. */
  @SuppressWarnings("unchecked")
  private static <C extends Command> Premised<? super C, Object> premised(Rule<? super C> rule) {
    return (Premised<? super C, Object>) rule;
  }

  /**
   * Decides a command of this kind: rejected with every violation, or accepted with the effect's events.
   *
   * @param command a command of this handling's kind
   * @param directory the directory
   * @param options the options
   * @return the decision
   * @throws ClassCastException when the command is of another kind
   */
  public Decision decide(Command command, Directory directory, GovernanceRules options) {
    C typed = kind.cast(command);
    List<Violation> found = violations(typed, directory, options);
    return found.isEmpty()
        ? Decision.accept(command, effect.events(typed, directory, options))
        : Decision.reject(command, found);
  }
}
