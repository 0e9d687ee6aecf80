/**
 * Public-administration service accounts (Κωδικοί Δημόσιας Διοίκησης): one per employee, with a
 * username, state and per-application authorisations; and the password value that is checked but
 * never stored (K1–K8, X5, D4, D5).
 *
 * <p>API.
 */
package dev.thyrida.core.account;
