package dev.thyrida.cli.shell;

/**
 * Marks a command that can read secrets (passwords): {@code check password}, the {@code check}
 * group, {@code audit} (a store's password, from a file or the environment, may be typed into an
 * argument by mistake) and the root, whose unknown subcommand may be a typo of {@code check}. Its usage errors
 * (and a group's subcommands') are written from the command's own names, never from an argument's
 * value, in case a password was typed as one by mistake (D5, ADR 0062).
 */
public interface ReadsSecrets {}
