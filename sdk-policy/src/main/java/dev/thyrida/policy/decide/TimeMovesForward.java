package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * D10: time moves forward (ο χρόνος προχωρά μόνο μπροστά): a command issued before the directory's
 * instant is refused, so a stale or back-dated clock cannot judge it against a past the directory has
 * left (e.g. a posting that has since ended, C3, D8). Every handling begins with this rule.
 */
final class TimeMovesForward implements Rule<Command> {

  static final TimeMovesForward RULE = new TimeMovesForward();

  private TimeMovesForward() {}

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    Optional<Instant> at = directory.instant();
    return at.isPresent() && command.issuedAt().isBefore(at.get())
        ? List.of(Violation.of(DecideCode.ISSUED_BEFORE_DIRECTORY,
            "issuedAt", command.issuedAt().toString(), "directoryAt", at.get().toString()))
        : List.of();
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(DecideCode.ISSUED_BEFORE_DIRECTORY);
  }
}
