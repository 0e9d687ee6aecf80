/**
 * Decisions as data (απόφαση): accepted with events, or rejected with violations, each a stable
 * code, named parameters and a clause.
 *
 * <p>API (stable).
 */
package dev.thyrida.core.decision;
