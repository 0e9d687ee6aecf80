package dev.thyrida.policy.governance;

import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C7: an appointment changes the supervisor; re-appointing the one in office is refused. */
final class NotYetSupervisor implements Rule<AppointSupervisor> {

  @Override
  public List<Violation> check(AppointSupervisor command, Directory directory, GovernanceRules rules) {
    boolean already = directory.kep(command.kep())
        .flatMap(Kep::supervisor)
        .filter(tenure -> tenure.supervisor().equals(command.supervisor()))
        .isPresent();
    return Found.when(already, GovernanceCode.ALREADY_SUPERVISOR,
        "person", command.supervisor().value(), "kep", command.kep().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.ALREADY_SUPERVISOR);
  }
}
