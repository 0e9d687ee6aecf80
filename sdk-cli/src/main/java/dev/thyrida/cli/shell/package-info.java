/**
 * The shell session every command shares (σύνοδος): its language, standard input and output, the
 * errors a user's input or arguments cause, and which commands read a secret (D5). The root package
 * ({@code dev.thyrida.cli}) wires the commands; the command packages use this one, so no package
 * cycle runs through the root (ADR 0099).
 *
 * <p>Internal to the CLI: not exported.
 */
package dev.thyrida.cli.shell;
