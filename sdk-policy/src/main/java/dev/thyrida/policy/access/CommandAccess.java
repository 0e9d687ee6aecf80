package dev.thyrida.policy.access;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.ExtendRetention;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.IssuePersonalDocument;
import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.command.WithdrawAuthorisation;
import dev.thyrida.core.identity.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one table of who may issue which command (πίνακας πρόσβασης εντολών): each kind of command is
 * an {@link Action} on the targets it names. Every handling of the decider begins with the access
 * rules of its command's row ({@link Gate}), and {@link Access#decide} answers the same rules for a
 * bare question, so the two cannot disagree. docs/access.md prints the table; a test pins it.
 */
public final class CommandAccess {

  private static final Map<Class<? extends Command>, Row<?>> TABLE = new LinkedHashMap<>();

  static {
    row(ActivateMailbox.class, Action.ACTIVATE_MAILBOX, c -> List.of(Target.mailbox(c.mailbox())));
    row(AddHandler.class, Action.MANAGE_HANDLERS, c -> List.of(Target.mailbox(c.mailbox())));
    row(MoveHandler.class, Action.MANAGE_HANDLERS, c -> List.of(Target.mailbox(c.from()), Target.mailbox(c.to())));
    row(RemoveHandler.class, Action.MANAGE_HANDLERS, c -> List.of(Target.mailbox(c.mailbox())));
    row(DesignateAdministrator.class, Action.HAND_OVER, c -> List.of(Target.mailbox(c.mailbox())));
    row(DeactivateAdministrator.class, Action.HAND_OVER, c -> List.of(Target.mailbox(c.mailbox())));
    row(ApproveDesignation.class, Action.OVERSEE_ADMINISTRATORS, c -> List.of(Target.mailbox(c.mailbox())));
    row(RecoverAdministrator.class, Action.OVERSEE_ADMINISTRATORS, c -> List.of(Target.mailbox(c.mailbox())));
    row(RegisterEmployee.class, Action.RECORD_FACTS, c -> List.of());
    row(RecordPosting.class, Action.RECORD_FACTS, c -> List.of());
    row(RecordPostingEnd.class, Action.RECORD_FACTS, c -> List.of());
    row(RecordStatusLoss.class, Action.RECORD_FACTS, c -> List.of());
    row(AppointSupervisor.class, Action.RECORD_FACTS, c -> List.of());
    row(RegisterKep.class, Action.RECORD_FACTS, c -> List.of());
    row(CreateMailbox.class, Action.RECORD_FACTS, c -> List.of());
    row(RegisterAgency.class, Action.RECORD_FACTS, c -> List.of());
    row(AppointAgencyAdministrator.class, Action.RECORD_FACTS, c -> List.of());
    row(CreateServiceAccount.class, Action.MANAGE_OWN_ACCOUNT, c -> List.of());
    row(ChangePassword.class, Action.MANAGE_OWN_ACCOUNT, c -> List.of());
    row(ChangeUsername.class, Action.MANAGE_OWN_ACCOUNT, c -> List.of());
    row(GrantAuthorisation.class, Action.ADMINISTER_AUTHORISATIONS, c -> List.of(Target.employee(c.holder())));
    row(ChangeAuthorisation.class, Action.ADMINISTER_AUTHORISATIONS, c -> List.of(Target.employee(c.holder())));
    row(WithdrawAuthorisation.class, Action.ADMINISTER_AUTHORISATIONS, c -> List.of(Target.employee(c.holder())));
    row(SubmitRequest.class, Action.SUBMIT_REQUEST, c -> List.of(Target.mailbox(c.mailbox())));
    row(AssignRequest.class, Action.ASSIGN_REQUESTS, c -> List.of(Target.request(c.request())));
    row(TakeRequest.class, Action.WORK_REQUESTS, c -> List.of(Target.request(c.request())));
    row(CompleteRequest.class, Action.WORK_REQUESTS, c -> List.of(Target.request(c.request())));
    row(RejectRequest.class, Action.WORK_REQUESTS, c -> List.of(Target.request(c.request())));
    row(PlacePublicDocument.class, Action.WORK_REQUESTS, c -> List.of(Target.request(c.answering())));
    row(IssuePersonalDocument.class, Action.ISSUE_OWN_DOCUMENT, c -> List.of());
    row(ExtendRetention.class, Action.OPEN_MAILBOX, c -> List.of(Target.document(c.document())));
  }

  private CommandAccess() {}

  /** One row: the action a kind of command is, and the targets a command of it names. */
  private record Row<C extends Command>(Action action, Function<C, List<Target>> targets) {
    @SuppressWarnings("unchecked")
    List<Target> targetsOf(Command command) {
      return targets.apply((C) command);
    }
  }

  private static <C extends Command> void row(Class<C> kind, Action action, Function<C, List<Target>> targets) {
    TABLE.put(kind, new Row<>(action, targets));
  }

  /**
   * The action a kind of command is.
   *
   * @param kind the command's class
   * @return the action, or empty for a kind the table has no row for
   */
  public static Optional<Action> action(Class<? extends Command> kind) {
    return Optional.ofNullable(TABLE.get(kind)).map(Row::action);
  }

  /**
   * The access question a command asks: its actor, its kind's action and the targets it names.
   *
   * @param command the command
   * @return the question
   * @throws InvalidValueException when the command is missing or its kind has no row
   */
  public static Question question(Command command) {
    Presence.required("CommandAccess", "command", command);
    Row<?> row = TABLE.get(command.getClass());
    if (row == null) {
      throw new InvalidValueException("CommandAccess", command.getClass().getSimpleName() + " has no access row");
    }
    return new Question(command.actor(), row.action(), row.targetsOf(command));
  }

  /**
   * The kinds of command the table has a row for, in the order docs/access.md lists them.
   *
   * @return an unmodifiable set
   */
  public static Set<Class<? extends Command>> kinds() {
    return Collections.unmodifiableSet(TABLE.keySet());
  }
}
