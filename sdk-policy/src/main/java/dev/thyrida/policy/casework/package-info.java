/**
 * Casework (διεκπεραίωση): citizens' requests to KEP mailboxes, the documents that land in persons'
 * mailboxes, and how long they are kept (L26-1, L26-2, X1, X2).
 *
 * <p>API. Start at {@link dev.thyrida.policy.casework.RetentionSchedule}.
 */
package dev.thyrida.policy.casework;
