package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** X5: the agency a fact names is registered (or, when registering one, is not yet). */
final class AgencyKnown<C extends Command> implements Rule<C> {

  private final Function<C, AgencyId> agency;
  private final boolean wanted;

  /**
   * A rule on the agency's registration.
   *
   * @param agency the agency the command names
   * @param wanted true when it must be registered, false when it must not be yet
   */
  /**
   * The agency must be registered (X5).
   *
   * @param <C> the kind of command
   * @param agency what the command names
   * @return the rule, named {@code AgencyRegistered}
   */
  static <C extends Command> AgencyKnown<C> registered(Function<C, AgencyId> agency) {
    return new AgencyKnown<>(agency, true);
  }

  /**
   * The agency must not be registered yet (X5).
   *
   * @param <C> the kind of command
   * @param agency what the command names
   * @return the rule, named {@code AgencyNotYetRegistered}
   */
  static <C extends Command> AgencyKnown<C> notYetRegistered(Function<C, AgencyId> agency) {
    return new AgencyKnown<>(agency, false);
  }

  private AgencyKnown(Function<C, AgencyId> agency, boolean wanted) {
    this.agency = agency;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    AgencyId id = agency.apply(command);
    return Found.when(directory.agency(id).isPresent() != wanted,
        wanted ? GovernanceCode.AGENCY_NOT_FOUND : GovernanceCode.AGENCY_ALREADY_REGISTERED, "agency", id.value());
  }

  @Override
  public String name() {
    return wanted ? "AgencyRegistered" : "AgencyNotYetRegistered";
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(wanted ? GovernanceCode.AGENCY_NOT_FOUND : GovernanceCode.AGENCY_ALREADY_REGISTERED);
  }
}
