package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C1: the KEP a fact names is registered (or, when registering one, is not yet). */
final class KepKnown<C extends Command> implements Rule<C> {

  private final Function<C, KepCode> kep;
  private final boolean wanted;

  /**
   * A rule on the KEP's registration.
   *
   * @param kep the KEP the command names
   * @param wanted true when it must be registered, false when it must not be yet
   */
  /**
   * The KEP must be registered (C1).
   *
   * @param <C> the kind of command
   * @param kep what the command names
   * @return the rule, named {@code KepRegistered}
   */
  static <C extends Command> KepKnown<C> registered(Function<C, KepCode> kep) {
    return new KepKnown<>(kep, true);
  }

  /**
   * The KEP must not be registered yet (C1).
   *
   * @param <C> the kind of command
   * @param kep what the command names
   * @return the rule, named {@code KepNotYetRegistered}
   */
  static <C extends Command> KepKnown<C> notYetRegistered(Function<C, KepCode> kep) {
    return new KepKnown<>(kep, false);
  }

  private KepKnown(Function<C, KepCode> kep, boolean wanted) {
    this.kep = kep;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    KepCode code = kep.apply(command);
    return Found.when(directory.kep(code).isPresent() != wanted,
        wanted ? GovernanceCode.KEP_NOT_FOUND : GovernanceCode.KEP_ALREADY_REGISTERED, "kep", code.value());
  }

  @Override
  public String name() {
    return wanted ? "KepRegistered" : "KepNotYetRegistered";
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(wanted ? GovernanceCode.KEP_NOT_FOUND : GovernanceCode.KEP_ALREADY_REGISTERED);
  }
}
