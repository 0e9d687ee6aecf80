/** The {@code explain} command: clauses and codes in words. Internal to the command line. */
package dev.thyrida.cli.explain;
