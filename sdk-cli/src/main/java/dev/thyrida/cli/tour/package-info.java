/**
 * The guided tour ({@code thyrida tour}): a built-in KEP walked through the circular with the SDK's
 * public decider, narrated in Greek or English.
 *
 * <p>Not API: the tour's text may change; its steps and their outcomes follow issue 8.
 */
package dev.thyrida.cli.tour;
