/**
 * The {@code thyrida} command line tool, built on picocli.
 *
 * <p>API: only {@link dev.thyrida.cli.Thyrida#run} for embedding; the commands' text is the contract.
 */
package dev.thyrida.cli;
