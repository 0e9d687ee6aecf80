package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** D7, X3: a recovery, or an approval of a designation, is the Ministry's alone. */
final class ActorIsMinistry implements Rule<Command> {

  private final Clause clause;

  /** @param clause D7 for a recovery, X3 for an approval */
  ActorIsMinistry(Clause clause) {
    this.clause = clause;
  }

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    Principal actor = command.actor();
    return Found.when(!(actor instanceof Principal.MinistryOfficial || actor instanceof Principal.Unauthenticated),
        GovernanceCode.NOT_MINISTRY, clause, "principal", Actor.of(actor).toString());
  }
}
