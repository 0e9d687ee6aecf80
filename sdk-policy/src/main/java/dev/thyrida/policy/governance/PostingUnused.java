package dev.thyrida.policy.governance;

import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C3: a posting is recorded once. */
final class PostingUnused implements Rule<RecordPosting> {

  @Override
  public List<Violation> check(RecordPosting command, Directory directory, GovernanceRules rules) {
    return Found.when(directory.posting(command.posting().id()).isPresent(), GovernanceCode.POSTING_ALREADY_RECORDED,
        "posting", command.posting().id().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.POSTING_ALREADY_RECORDED);
  }
}
