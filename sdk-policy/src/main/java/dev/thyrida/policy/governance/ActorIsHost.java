package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** L26-3: HR and setup facts (KEPs, staff, postings, supervisors) come only from the host system. */
final class ActorIsHost implements Rule<Command> {

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    Principal actor = command.actor();
    return Found.when(!(actor instanceof Principal.HostSystem || actor instanceof Principal.Unauthenticated),
        GovernanceCode.NOT_HR_SOURCE, "principal", Actor.of(actor).toString());
  }
}
