package dev.thyrida.core.command;

import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * A command (εντολή): what a principal asks the SDK to decide, named in the imperative, e.g. {@link
 * DesignateAdministrator}. A policy decides it against a directory snapshot, accepting it with events
 * or rejecting it with every violation (L26-3).
 *
 * <p>Every command names its actor and carries the instant it was issued: the SDK reads no clock.
 */
public sealed interface Command
    permits ActivateMailbox,
        AddHandler,
        AppointAgencyAdministrator,
        AppointSupervisor,
        ApproveDesignation,
        AssignRequest,
        ChangeAuthorisation,
        ChangePassword,
        ChangeUsername,
        CompleteRequest,
        CreateMailbox,
        CreateServiceAccount,
        DeactivateAdministrator,
        DesignateAdministrator,
        ExtendRetention,
        GrantAuthorisation,
        IssuePersonalDocument,
        MoveHandler,
        PlacePublicDocument,
        RecordPosting,
        RecordPostingEnd,
        RecordStatusLoss,
        RecoverAdministrator,
        RegisterAgency,
        RegisterEmployee,
        RegisterKep,
        RejectRequest,
        RemoveHandler,
        SubmitRequest,
        TakeRequest,
        WithdrawAuthorisation {

  /**
   * Who issues the command, as authenticated by the host (L26-3, D9).
   *
   * @return the principal
   */
  Principal actor();

  /**
   * When the command was issued.
   *
   * @return the instant
   */
  Instant issuedAt();
}
