package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import java.util.List;

/**
 * One named rule over a kind of command (κανόνας): it checks one thing and reports each way it is
 * broken as a {@link Violation} with its code and clause. A rule whose subject is missing (say, the
 * mailbox) is silent: the missing subject has its own rule and code (ADR 0041).
 *
 * @param <C> the kind of command the rule reads
 */
@FunctionalInterface
public interface Rule<C extends Command> {

  /**
   * Checks the command against the directory and the rules' options; pure and total.
   *
   * @param command the command
   * @param directory the directory snapshot the command is decided against
   * @param rules the options
   * @return every violation found, in a stable order; empty when the rule holds
   */
  List<Violation> check(C command, Directory directory, GovernanceRules rules);

  /**
   * The rule's name, for documents and coverage: its class's simple name unless overridden.
   *
   * @return e.g. {@code MailboxNotYetActive}
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * The codes this rule may report. Each code cites one clause, so these are the clauses the rule
   * enforces (the clause catalogue, docs/clauses.md, is built from them); a property checks that
   * the rule reports no other.
   *
   * @return its codes, in a stable order; empty only for a rule that cites no clause, which the
   *     catalogue's test reports as a defect
   */
  default List<ViolationCode> codes() {
    return List.of();
  }
}
