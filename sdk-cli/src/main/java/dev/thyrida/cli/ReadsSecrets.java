package dev.thyrida.cli;

/**
 * Marks a command that reads secrets (passwords) from standard input: its usage errors never repeat
 * an argument's value, in case a password was typed as one by mistake (D5).
 */
public interface ReadsSecrets {}
