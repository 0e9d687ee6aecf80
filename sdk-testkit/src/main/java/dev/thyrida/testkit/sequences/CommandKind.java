package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.Command;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Every kind of command a sequence draws (είδος εντολής), with its family and its default weight in a
 * {@link CommandMix}; each draws its arguments from the current directory (see the package).
 */
public enum CommandKind {

  /** ActivateMailbox (C1): mostly an inactive KEP mailbox, by its supervisor. */
  ACTIVATE_MAILBOX(Family.GOVERNANCE, 4, MailboxDraws::activate),
  /** AddHandler (C2, C3): mostly a person posted at the mailbox's KEP, by an administrator. */
  ADD_HANDLER(Family.GOVERNANCE, 9, MailboxDraws::add),
  /** MoveHandler (C4): mostly a handler to another mailbox of the same KEP. */
  MOVE_HANDLER(Family.GOVERNANCE, 4, MailboxDraws::move),
  /** RemoveHandler (C4): mostly a current handler. */
  REMOVE_HANDLER(Family.GOVERNANCE, 4, MailboxDraws::remove),
  /** DesignateAdministrator (C5, C7): mostly the supervisor of a mailbox awaiting a handover. */
  DESIGNATE_ADMINISTRATOR(Family.GOVERNANCE, 5, MailboxDraws::designate),
  /** ApproveDesignation (C8, X3): mostly the pending designation, by the Ministry official. */
  APPROVE_DESIGNATION(Family.GOVERNANCE, 3, MailboxDraws::approve),
  /** DeactivateAdministrator (C7): mostly an outgoing administrator, by the supervisor. */
  DEACTIVATE_ADMINISTRATOR(Family.GOVERNANCE, 5, MailboxDraws::deactivate),
  /** RecoverAdministrator (D7, X3): mostly an orphaned mailbox's supervisor, by the official. */
  RECOVER_ADMINISTRATOR(Family.GOVERNANCE, 3, MailboxDraws::recover),
  /** RegisterEmployee (HR fact): a person of the cast, now and then one already registered. */
  REGISTER_EMPLOYEE(Family.HR_FACTS, 2, HrFactDraws::registerEmployee),
  /** RecordPosting (C3): all three bases, mostly with their matching branch. */
  RECORD_POSTING(Family.HR_FACTS, 5, HrFactDraws::recordPosting),
  /** RecordPostingEnd (C6, D8): mostly an existing posting, ending now. */
  RECORD_POSTING_END(Family.HR_FACTS, 2, HrFactDraws::recordPostingEnd),
  /** RecordStatusLoss (D6): often an administrator. */
  RECORD_STATUS_LOSS(Family.HR_FACTS, 2, HrFactDraws::recordStatusLoss),
  /** AppointSupervisor (C5, C7): mostly a KEP without a supervisor in service, someone posted there. */
  APPOINT_SUPERVISOR(Family.HR_FACTS, 4, HrFactDraws::appointSupervisor),
  /** RegisterKep (setup): mostly a new KEP. */
  REGISTER_KEP(Family.HR_FACTS, 1, HrFactDraws::registerKep),
  /** CreateMailbox (setup): mostly a new KEP mailbox. */
  CREATE_MAILBOX(Family.HR_FACTS, 2, HrFactDraws::createMailbox),
  /** RegisterAgency (setup): mostly a new agency. */
  REGISTER_AGENCY(Family.HR_FACTS, 1, HrFactDraws::registerAgency),
  /** AppointAgencyAdministrator (C10): a known agency and an employee. */
  APPOINT_AGENCY_ADMINISTRATOR(Family.HR_FACTS, 1, HrFactDraws::appointAgencyAdministrator),
  /** CreateServiceAccount (K2–K6, D4): an employee by TAXISnet, colliding usernames. */
  CREATE_SERVICE_ACCOUNT(Family.ACCOUNTS, 3, AccountDraws::create),
  /** ChangeUsername (D4): colliding usernames in mixed case. */
  CHANGE_USERNAME(Family.ACCOUNTS, 3, AccountDraws::rename),
  /** ChangePassword (D1–D3): mostly a valid password, now and then a mismatch. */
  CHANGE_PASSWORD(Family.ACCOUNTS, 1, AccountDraws::changePassword),
  /** GrantAuthorisation (K8, X5): mostly an account holder, by an administrator of their agency. */
  GRANT_AUTHORISATION(Family.ACCOUNTS, 2, AccountDraws::grant),
  /** ChangeAuthorisation (K8, X5): mostly an authorised holder's roles, by an administrator of their agency. */
  CHANGE_AUTHORISATION(Family.ACCOUNTS, 1, AccountDraws::change),
  /** WithdrawAuthorisation (K8, X5): mostly an account holder, by an administrator of their agency. */
  WITHDRAW_AUTHORISATION(Family.ACCOUNTS, 1, AccountDraws::withdraw),
  /** SubmitRequest (L26-2): a citizen to an active KEP mailbox, now and then to nowhere. */
  SUBMIT_REQUEST(Family.REQUESTS, 3, RequestDraws::submit),
  /** AssignRequest (X2): mostly by the mailbox's administrator. */
  ASSIGN_REQUEST(Family.REQUESTS, 2, RequestDraws::assign),
  /** TakeRequest (X2): mostly by the assigned handler or a handler of the mailbox. */
  TAKE_REQUEST(Family.REQUESTS, 3, RequestDraws::take),
  /** CompleteRequest (X2): mostly by the assigned handler or a handler of the mailbox. */
  COMPLETE_REQUEST(Family.REQUESTS, 3, RequestDraws::complete),
  /** RejectRequest (X2): mostly by the assigned handler or a handler of the mailbox. */
  REJECT_REQUEST(Family.REQUESTS, 1, RequestDraws::reject),
  /** PlacePublicDocument (L26-2): mostly answering an existing request, to its citizen. */
  PLACE_PUBLIC_DOCUMENT(Family.REQUESTS, 3, RequestDraws::place),
  /** IssuePersonalDocument (L26-1): mostly by a citizen, now and then by someone who is not a person. */
  ISSUE_PERSONAL_DOCUMENT(Family.REQUESTS, 1, RequestDraws::issue),
  /** ExtendRetention (X1): mostly a held document, by its holder, within the longest term. */
  EXTEND_RETENTION(Family.REQUESTS, 1, RequestDraws::extend);

  /** The families of commands, for a {@link CommandMix}. */
  public enum Family {
    /** The mailbox governance commands (C1–C8, D7, X3). */
    GOVERNANCE,
    /** The HR and setup facts the host reports (C3, C6, C10, D6, D8). */
    HR_FACTS,
    /** The service-account and authorisation commands (K2–K8, D1–D4, X5). */
    ACCOUNTS,
    /** The requests and documents (L26-1, L26-2, X1, X2). */
    REQUESTS
  }

  private final Family family;
  private final int weight;
  private final Function<Drawing, Command> draw;

  CommandKind(Family family, int weight, Function<Drawing, Command> draw) {
    this.family = family;
    this.weight = weight;
    this.draw = draw;
  }

  /**
   * The family of the kind.
   *
   * @return the family
   */
  public Family family() {
    return family;
  }

  /**
   * The kind's default weight in a mix: how often, relative to the others, it is drawn.
   *
   * @return a positive weight
   */
  public int defaultWeight() {
    return weight;
  }

  /**
   * Draws a command of this kind from the scene.
   *
   * @param cast the people besides the directory's
   * @param scene the current directory and instant (the command is issued at it)
   * @param random the only randomness used
   * @return the command, often meaningful, sometimes deliberately wrong
   */
  public Command draw(Cast cast, Scene scene, SplittableRandom random) {
    return draw.apply(new Drawing(cast, scene, random));
  }
}
