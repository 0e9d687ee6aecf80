/**
 * Access decisions (πρόσβαση): who may open a mailbox, submit a request, work a KEP mailbox's
 * requests, manage its handlers or assign its requests, as one pure function of the principal, the
 * action, the target, the directory and the rules (L26-3, C8, C9, K8, X2, X5).
 *
 * <p>API. Start at {@link dev.thyrida.policy.access.Access}.
 */
package dev.thyrida.policy.access;
