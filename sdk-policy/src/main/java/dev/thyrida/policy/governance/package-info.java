/**
 * Mailbox governance (διακυβέρνηση θυρίδων ΚΕΠ): the circular's rules as small named rules and
 * handlings for the {@link dev.thyrida.policy.decide.Decider} (C1–C10, D6–D8, X2, X3, L26-3).
 *
 * <p>API: {@link dev.thyrida.policy.governance.GovernanceFamily}.
 */
package dev.thyrida.policy.governance;
