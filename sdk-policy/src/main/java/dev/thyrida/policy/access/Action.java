package dev.thyrida.policy.access;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.principal.ActorKind;
import java.util.Set;

/**
 * What a principal asks to do (ενέργεια), with who may ask at all, how they must have signed in and
 * whether production needs their agency's authorisation for the application (L26-3, C8, C9, K2, K8,
 * X2, X5). Every command maps to one action ({@link CommandAccess}); the access rules read these
 * properties, so a new action is one line here.
 */
public enum Action {
  /**
   * Open a mailbox and read what it holds: a citizen their own mailbox or own document (L26-1); a
   * handler a KEP mailbox's request history (X2); an employee their agency's mailbox (X1 §3).
   */
  OPEN_MAILBOX(Clause.L26_3, Set.of(ActorKind.CITIZEN, ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Submit a request to an active KEP mailbox, as a citizen (C1, L26-3). */
  SUBMIT_REQUEST(Clause.C1, Set.of(ActorKind.CITIZEN), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Issue a document through gov.gr into one's own mailbox, as a citizen (L26-1). */
  ISSUE_OWN_DOCUMENT(Clause.L26_1, Set.of(ActorKind.CITIZEN), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Take on, complete, reject or answer a KEP mailbox's requests, as its handler (X2, L26-2). */
  WORK_REQUESTS(Clause.X2, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Assign a KEP mailbox's request to a specific handler, as its administrator (X2). */
  ASSIGN_REQUESTS(Clause.X2, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Enrol, move or delete a KEP mailbox's handlers, as its administrator (C2, C4, C5, X2). */
  MANAGE_HANDLERS(Clause.C5, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Activate a KEP mailbox, as the KEP's current supervisor (C1, C10). */
  ACTIVATE_MAILBOX(Clause.C1, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Designate the incoming or deactivate the outgoing administrator, as an administrator (C7). */
  HAND_OVER(Clause.C7, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, true),
  /** Approve a designation (X3) or recover a mailbox left with no administrator (D7), as the Ministry. */
  OVERSEE_ADMINISTRATORS(Clause.D7, Set.of(ActorKind.MINISTRY_OFFICIAL), SignIn.SERVICE_IN_PRODUCTION, false),
  /**
   * Create or change one's own service account: signed in with personal TAXISnet, in either phase
   * (K2, K3), so with no service account and no authorisation yet.
   */
  MANAGE_OWN_ACCOUNT(Clause.K2, Set.of(ActorKind.EMPLOYEE), SignIn.PERSONAL_TAXISNET, false),
  /**
   * Grant, change or withdraw an employee's authorisation, as an administrator of their agency (K8,
   * X5): in production with service credentials of one's own account, but without an authorisation
   * for the mailboxes' application, which is not the application this is done in (ADR 0095).
   */
  ADMINISTER_AUTHORISATIONS(Clause.X5, Set.of(ActorKind.EMPLOYEE), SignIn.SERVICE_IN_PRODUCTION, false),
  /** Feed an HR or setup fact (KEPs, mailboxes, agencies, staff, postings), as the host system (L26-3). */
  RECORD_FACTS(Clause.L26_3, Set.of(ActorKind.HOST_SYSTEM), SignIn.SERVICE_IN_PRODUCTION, false);

  /** How an employee must have signed in for an action (C8, C9, K2). */
  enum SignIn {
    /** Personal TAXISnet only in familiarisation; service credentials in production (C8, C9). */
    SERVICE_IN_PRODUCTION,
    /** Personal TAXISnet, whatever the phase (K2). */
    PERSONAL_TAXISNET
  }

  private final Clause clause;
  private final Set<ActorKind> principals;
  private final SignIn signIn;
  private final boolean authorised;

  Action(Clause clause, Set<ActorKind> principals, SignIn signIn, boolean authorised) {
    this.clause = clause;
    this.principals = principals;
    this.signIn = signIn;
    this.authorised = authorised;
  }

  /**
   * The clause that says who takes this action.
   *
   * @return the clause
   */
  public Clause clause() {
    return clause;
  }

  /**
   * The kinds of principal that may take this action at all (L26-3).
   *
   * @return the kinds
   */
  public Set<ActorKind> principals() {
    return principals;
  }

  /**
   * Whether an employee takes this action signed in with personal TAXISnet in every phase (K2).
   *
   * @return true for the actions on one's own service account
   */
  public boolean needsPersonalTaxisNet() {
    return signIn == SignIn.PERSONAL_TAXISNET;
  }

  /**
   * Whether, in production, an employee needs their agency's authorisation for the rules'
   * application to take this action (K8, X5).
   *
   * @return true for the actions done in the mailboxes' application
   */
  public boolean needsAuthorisation() {
    return authorised;
  }
}
