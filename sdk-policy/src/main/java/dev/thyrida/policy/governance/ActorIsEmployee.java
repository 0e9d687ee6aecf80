package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/**
 * L26-3, C4: a mailbox action is an employee's; a citizen or the host may not take it, and for the
 * users of a mailbox the Ministry has no step (C4). Silent for the unauthenticated (their own rule).
 */
final class ActorIsEmployee implements Rule<Command> {

  private final boolean usersOfMailbox;

  /** @param usersOfMailbox whether the command defines, moves or deletes users (C4 for the Ministry) */
  ActorIsEmployee(boolean usersOfMailbox) {
    this.usersOfMailbox = usersOfMailbox;
  }

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    Principal actor = command.actor();
    if (actor instanceof Principal.Employee || actor instanceof Principal.Unauthenticated) {
      return List.of();
    }
    if (usersOfMailbox && actor instanceof Principal.MinistryOfficial) {
      return Found.when(true, GovernanceCode.MINISTRY_NOT_INVOLVED, "person", Actor.of(actor).id());
    }
    return Found.when(true, GovernanceCode.NOT_AN_EMPLOYEE, "principal", Actor.of(actor).toString());
  }
}
