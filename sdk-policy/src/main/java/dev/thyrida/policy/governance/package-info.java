/**
 * Mailbox governance (διακυβέρνηση θυρίδων ΚΕΠ): the circular's rules as small named rules and
 * handlings for the {@link dev.thyrida.policy.decide.Decider} (C1–C10, D6–D8, X2, X3, L26-3).
 *
 * <p>API: {@link dev.thyrida.policy.governance.GovernanceFamily} (the handlings),
 * {@link dev.thyrida.policy.governance.GovernanceCode} (the codes), {@link
 * dev.thyrida.policy.governance.Eligibility} (C3), {@link dev.thyrida.policy.governance.Holdings}
 * (what D6 removes) and {@link dev.thyrida.policy.governance.Supervision} (who heads a KEP). Who may
 * act at all is never judged here: every handling begins with the access rules ({@code
 * dev.thyrida.policy.access.Gate}). The other rule classes are package-private, each named for its rule; the documented order is that of the
 * handlings in {@code MailboxHandlings}, {@code HandoverHandlings}, {@code StaffHandlings} and
 * {@code SetupHandlings}.
 */
package dev.thyrida.policy.governance;
