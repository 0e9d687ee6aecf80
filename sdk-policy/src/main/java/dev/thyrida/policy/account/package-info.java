/**
 * Service accounts and authorisations (Κωδικοί Δημόσιας Διοίκησης, εξουσιοδοτήσεις): the handlings
 * of creating an account, changing its password or username, and granting, changing or withdrawing
 * an application authorisation (K1–K3, K5, K6, K8, X5, D4, D5).
 *
 * <p>API: the codes ({@link dev.thyrida.policy.account.AccountCode}) and the handlings ({@link
 * dev.thyrida.policy.account.AccountFamily}), registered in the standard decider.
 */
package dev.thyrida.policy.account;
