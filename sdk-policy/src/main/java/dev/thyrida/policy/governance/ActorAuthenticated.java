package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** L26-3: every command needs an authenticated principal. */
final class ActorAuthenticated implements Rule<Command> {

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    return Found.when(command.actor() instanceof Principal.Unauthenticated, GovernanceCode.NOT_AUTHENTICATED,
        "command", command.getClass().getSimpleName());
  }
}
