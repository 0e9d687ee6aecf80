/**
 * The compliance audit of a KEP roster export ({@code thyrida audit}): strict CSV reading with
 * every problem located as file:line:column, and the replay of the export into the core's directory.
 *
 * <p>Not API: the files' headers, the command's options, formats and exit statuses are the contract
 * (docs/cli.md, docs/cli.md, the roster files).
 */
package dev.thyrida.cli.audit;
