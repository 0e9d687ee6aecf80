/**
 * Reading text at the edge: strict UTF-8 decoding and the line rules of standard input (docs/cli.md, standard input).
 *
 * <p>Not API: internal to the command line tool.
 */
package dev.thyrida.cli.text;
