/**
 * The audit of a directory at an instant (έλεγχος): what the Ministry's auditors and a KEP supervisor
 * should see, as findings with a code, a clause and a severity, e.g. a mailbox left with no
 * administrator (D7), a user no longer eligible (C3, D8), an ex-servant still holding a role (C6), a
 * handover begun and not completed (C7), a KEP mailbox not activated (C10).
 *
 * <p>API. Start at {@link dev.thyrida.policy.audit.Audit}.
 */
package dev.thyrida.policy.audit;
