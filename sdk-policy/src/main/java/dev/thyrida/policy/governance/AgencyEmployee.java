package dev.thyrida.policy.governance;

import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** X5: an agency's administrator is one of its own employees, not yet its administrator. */
final class AgencyEmployee implements Rule<AppointAgencyAdministrator> {

  @Override
  public List<Violation> check(AppointAgencyAdministrator command, Directory directory, GovernanceRules rules) {
    String person = command.administrator().value();
    String agency = command.agency().value();
    boolean other = directory.employee(command.administrator())
        .filter(employee -> !employee.agency().equals(command.agency()))
        .isPresent();
    if (other) {
      return Found.when(true, GovernanceCode.NOT_AGENCY_EMPLOYEE, "person", person, "agency", agency);
    }
    boolean already = directory.agency(command.agency())
        .filter(found -> found.administrators().contains(command.administrator()))
        .isPresent();
    return Found.when(already, GovernanceCode.ALREADY_AGENCY_ADMINISTRATOR, "person", person, "agency", agency);
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.NOT_AGENCY_EMPLOYEE, GovernanceCode.ALREADY_AGENCY_ADMINISTRATOR);
  }
}
