/**
 * Who may act here (πρόσβαση): the one mechanism that answers it, for a bare question ({@link
 * dev.thyrida.policy.access.Access#decide}) and for every decided command, whose handling begins
 * with the same rules ({@link dev.thyrida.policy.access.Gate}) by the table of command kinds to
 * actions and targets ({@link dev.thyrida.policy.access.CommandAccess}). L26-3, C4, C8, C9, K1–K3,
 * K8, X1, X2, X5.
 *
 * <p>API. Start at {@link dev.thyrida.policy.access.Access}; the codes are {@link
 * dev.thyrida.policy.access.AccessCode}.
 */
package dev.thyrida.policy.access;
