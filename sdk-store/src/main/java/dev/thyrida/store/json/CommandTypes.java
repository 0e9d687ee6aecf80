package dev.thyrida.store.json;

import static java.util.Map.entry;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.CreateMailbox;
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
import java.util.Map;
import java.util.Optional;

/**
 * The register of command type names (τύποι εντολών): each stable name, written in the imperative
 * beside its event family ({@code mailbox.add-handler} beside {@code mailbox.handler-added}), and
 * the record it denotes. Names are explicit, not derived from class names, so a renamed class keeps
 * its stored name. The two commands that carry a password ({@code CreateServiceAccount}, {@code
 * ChangePassword}) have no name: they are never written (D5, ADR 0140).
 */
public final class CommandTypes {

  private static final Map<String, Class<? extends Command>> BY_NAME = Map.ofEntries(
      entry("kep.register", RegisterKep.class),
      entry("kep.appoint-supervisor", AppointSupervisor.class),
      entry("mailbox.create", CreateMailbox.class),
      entry("mailbox.activate", ActivateMailbox.class),
      entry("mailbox.add-handler", AddHandler.class),
      entry("mailbox.move-handler", MoveHandler.class),
      entry("mailbox.remove-handler", RemoveHandler.class),
      entry("mailbox.designate-administrator", DesignateAdministrator.class),
      entry("mailbox.approve-designation", ApproveDesignation.class),
      entry("mailbox.deactivate-administrator", DeactivateAdministrator.class),
      entry("mailbox.recover-administrator", RecoverAdministrator.class),
      entry("staff.register-employee", RegisterEmployee.class),
      entry("staff.record-posting", RecordPosting.class),
      entry("staff.record-posting-end", RecordPostingEnd.class),
      entry("staff.record-status-loss", RecordStatusLoss.class),
      entry("agency.register", RegisterAgency.class),
      entry("agency.appoint-administrator", AppointAgencyAdministrator.class),
      entry("account.change-username", ChangeUsername.class),
      entry("account.grant-authorisation", GrantAuthorisation.class),
      entry("account.change-authorisation", ChangeAuthorisation.class),
      entry("account.withdraw-authorisation", WithdrawAuthorisation.class),
      entry("request.submit", SubmitRequest.class),
      entry("request.take", TakeRequest.class),
      entry("request.assign", AssignRequest.class),
      entry("request.complete", CompleteRequest.class),
      entry("request.reject", RejectRequest.class),
      entry("document.issue-personal", IssuePersonalDocument.class),
      entry("document.place-public", PlacePublicDocument.class),
      entry("document.extend-retention", ExtendRetention.class));

  private CommandTypes() {}

  /**
   * Every type name with its record.
   *
   * @return an unmodifiable map from type name to record class
   */
  public static Map<String, Class<? extends Command>> all() {
    return BY_NAME;
  }

  /**
   * The record a type name denotes.
   *
   * @param type a type name, e.g. {@code mailbox.add-handler}
   * @return the record class, or empty when no writable command has that name
   */
  public static Optional<Class<? extends Command>> byName(String type) {
    return Optional.ofNullable(BY_NAME.get(type));
  }

  /**
   * The type name of a kind of command.
   *
   * @param kind the record class
   * @return its name, or empty for a command that is never written
   */
  public static Optional<String> nameOf(Class<? extends Command> kind) {
    return BY_NAME.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst();
  }
}
