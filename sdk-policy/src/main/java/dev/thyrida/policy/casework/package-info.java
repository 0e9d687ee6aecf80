/**
 * Casework (διεκπεραίωση): citizens' requests to KEP mailboxes, the documents that land in persons'
 * mailboxes, and how long they are kept (L26-1, L26-2, X1, X2).
 *
 * <p>API: the codes ({@link dev.thyrida.policy.casework.CaseworkCode}), the family ({@link
 * dev.thyrida.policy.casework.CaseworkFamily}) registered in the standard decider, and the retention
 * schedule ({@link dev.thyrida.policy.casework.RetentionSchedule}).
 */
package dev.thyrida.policy.casework;
