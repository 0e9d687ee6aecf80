package dev.thyrida.policy.governance;

import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** D8: a posting ends after it began, and not after an end already recorded (an end only comes earlier). */
final class PostingEndValid implements Rule<RecordPostingEnd> {

  @Override
  public List<Violation> check(RecordPostingEnd command, Directory directory, GovernanceRules rules) {
    Optional<Posting> found = directory.posting(command.posting());
    if (found.isEmpty()) {
      return List.of();
    }
    Posting posting = found.get();
    Instant end = command.validUntil();
    if (!end.isAfter(posting.validFrom())) {
      return Found.when(true, GovernanceCode.POSTING_END_BEFORE_START, "posting", posting.id().value(),
          "validFrom", posting.validFrom().toString(), "validUntil", end.toString());
    }
    boolean ended = posting.validUntil().filter(until -> !until.isAfter(end)).isPresent();
    return Found.when(ended, GovernanceCode.POSTING_ALREADY_ENDED, "posting", posting.id().value(),
        "endedAt", posting.validUntil().map(Instant::toString).orElse(""));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.POSTING_END_BEFORE_START, GovernanceCode.POSTING_ALREADY_ENDED);
  }
}
