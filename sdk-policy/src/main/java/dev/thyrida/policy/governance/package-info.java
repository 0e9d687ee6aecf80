/**
 * Mailbox governance (διακυβέρνηση θυρίδων ΚΕΠ): the circular's rules as small named rules and
 * handlings for the {@link dev.thyrida.policy.decide.Decider} (C1–C10, D6–D8, X2, X3, L26-3).
 *
 * <p>API: {@link dev.thyrida.policy.governance.GovernanceFamily} (the handlings),
 * {@link dev.thyrida.policy.governance.GovernanceCode} (the codes), {@link
 * dev.thyrida.policy.governance.Eligibility} (C3), {@link dev.thyrida.policy.governance.Holdings}
 * (what D6 removes), {@link dev.thyrida.policy.governance.Supervision} (who heads a KEP) and {@link
 * dev.thyrida.policy.governance.NoPersonalTaxisNetInProduction} (C9, shared with the access
 * function). The other rule classes are package-private, each named for its rule; the documented order is that of the
 * handlings in {@code MailboxHandlings}, {@code HandoverHandlings}, {@code StaffHandlings} and
 * {@code SetupHandlings}.
 */
package dev.thyrida.policy.governance;
