package dev.thyrida.policy.governance;

import dev.thyrida.policy.decide.Family;

/**
 * The governance family (διακυβέρνηση θυρίδων): the handlings of the circular's commands (C1–C10,
 * D6–D8, X2, X3) and of the HR and setup facts the host feeds, registered in the standard decider.
 */
public final class GovernanceFamily {

  /** The family, registered in the standard decider. */
  public static final Family FAMILY = Family.of("governance",
      MailboxHandlings.ACTIVATE,
      MailboxHandlings.ADD,
      MailboxHandlings.MOVE,
      MailboxHandlings.REMOVE,
      HandoverHandlings.DESIGNATE,
      HandoverHandlings.APPROVE,
      HandoverHandlings.DEACTIVATE,
      HandoverHandlings.RECOVER,
      StaffHandlings.REGISTER,
      StaffHandlings.POSTING,
      StaffHandlings.POSTING_END,
      StaffHandlings.STATUS_LOSS,
      StaffHandlings.SUPERVISOR,
      SetupHandlings.KEP,
      SetupHandlings.MAILBOX,
      SetupHandlings.AGENCY,
      SetupHandlings.AGENCY_ADMINISTRATOR);

  private GovernanceFamily() {}
}
