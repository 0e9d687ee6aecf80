package dev.thyrida.policy.access;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.decide.Effect;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Premised;
import dev.thyrida.policy.decide.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The access rules every decided command passes first (πύλη πρόσβασης), in their order:
 * authenticated (L26-3); a principal the action is for (L26-3, C4); signed in as the phase and action
 * allow (C8, C9, K1, K2); registered and in service (X5, C6); as their own active service account
 * (K1, K3); authorised by their agency in production (K8, X5); every target known (L26-1, X2, X5); the
 * role the action needs on each target (X2, X1 §3, K8, C1). {@link Access#decide} runs the same
 * instances on a bare question.
 */
public final class Gate {

  private static final List<AccessCheck> CHECKS = List.of(new Authenticated(), new PrincipalPermitted(),
      new SignedIn(), new InService(), new OwnServiceAccount(), new Authorised(), new TargetKnown(),
      new RoleOnPlace());

  private Gate() {}

  /**
   * The handling of a kind of command: the access rules of its row in {@link CommandAccess}, then
   * the command's own rules, then its effect. Every family builds its handlings here.
   *
   * @param <C> the kind
   * @param kind the command's class
   * @param own the command's own rules, in order
   * @param effect the events when every rule holds
   * @return the handling
   * @throws dev.thyrida.core.identity.InvalidValueException when the kind has no row in the table
   */
  public static <C extends Command> Handling<C> handling(
      Class<C> kind, List<? extends Rule<? super C>> own, Effect<? super C> effect) {
    List<Rule<? super C>> all = new ArrayList<>(rules(kind));
    all.addAll(own);
    return Handling.of(kind, all, effect);
  }

  /**
   * The access rules a kind of command begins with, as the decider's rules.
   *
   * @param <C> the kind
   * @param kind the command's class
   * @return the rules, in order
   * @throws dev.thyrida.core.identity.InvalidValueException when the kind has no row in the table
   */
  public static <C extends Command> List<Rule<C>> rules(Class<C> kind) {
    Presence.required("Gate", "kind", kind);
    Action action = CommandAccess.action(kind).orElseThrow(() -> new InvalidValueException(
        "Gate", kind.getSimpleName() + " has no row in CommandAccess"));
    return CHECKS.stream().map(check -> new ActorMay<C>(check, action)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * What every access rule of a command reads (the command's access question and the access rules
   * under the decider's options), made once per decision by the handling ({@link Premised}).
   *
   * @param question the command's question
   * @param rules the access rules
   */
  private record Asked(Question question, AccessRules rules) {

    /** The one premise of every access rule: the command's question under the options. */
    static final Premised.Premise<Command, Asked> PREMISE = (command, options) ->
        new Asked(CommandAccess.question(command), AccessRules.from(options));
  }

  /**
   * The names of the access rules, in order, e.g. for the decision tables.
   *
   * @return the names
   */
  public static List<String> names() {
    return CHECKS.stream().map(AccessCheck::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every violation of every access rule for a question, in rule order.
   *
   * @param question who asks what
   * @param directory the directory
   * @param rules the phase and the application
   * @return the violations; empty when access is allowed
   */
  static List<Violation> check(Question question, Directory directory, AccessRules rules) {
    List<Violation> found = List.of();
    for (AccessCheck check : CHECKS) {
      List<Violation> broken = check.check(question, directory, rules);
      if (found.isEmpty()) {
        found = broken.isEmpty() ? found : new ArrayList<>(broken);
      } else {
        found.addAll(broken);
      }
    }
    return found;
  }

  /** One access rule as a rule of a command's handling: the command's question, made once, the same check. */
  private static final class ActorMay<C extends Command> implements Premised<C, Asked> {

    private final AccessCheck check;
    private final Action action;

    ActorMay(AccessCheck check, Action action) {
      this.check = check;
      this.action = action;
    }

    @Override
    public Premise<? super C, Asked> premise() {
      return Asked.PREMISE;
    }

    @Override
    public List<Violation> check(Asked asked, C command, Directory directory, GovernanceRules rules) {
      return check.check(asked.question(), directory, asked.rules());
    }

    @Override
    public String name() {
      return check instanceof RoleOnPlace ? check.name() + "[" + action + "]" : check.name();
    }

    @Override
    public List<ViolationCode> codes() {
      return check.codes();
    }
  }
}
