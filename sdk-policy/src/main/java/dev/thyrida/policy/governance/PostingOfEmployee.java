package dev.thyrida.policy.governance;

import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;

/** D8: the posting to end exists and is the named employee's. */
final class PostingOfEmployee implements Rule<RecordPostingEnd> {

  @Override
  public List<Violation> check(RecordPostingEnd command, Directory directory, GovernanceRules rules) {
    Optional<Posting> posting = directory.posting(command.posting());
    if (posting.isEmpty()) {
      return Found.when(true, GovernanceCode.POSTING_NOT_FOUND, "posting", command.posting().value());
    }
    return Found.when(!posting.get().employee().equals(command.employee()), GovernanceCode.POSTING_NOT_OF_EMPLOYEE,
        "posting", command.posting().value(), "person", command.employee().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.POSTING_NOT_FOUND, GovernanceCode.POSTING_NOT_OF_EMPLOYEE);
  }
}
