/**
 * The credential commands (κωδικοί δημόσιας διοίκησης): {@code check username}, {@code check password}
 * and {@code suggest-username}, over the policy's credential checks (K4-K6, D1-D5, X4, X8).
 *
 * <p>Not API: the commands' arguments, formats and exit statuses are the contract (docs/cli.md).
 */
package dev.thyrida.cli.credential;
