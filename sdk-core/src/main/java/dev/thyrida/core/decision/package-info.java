/**
 * Decisions as data (απόφαση): violations with stable codes, named parameters and clauses.
 *
 * <p>API (stable).
 */
package dev.thyrida.core.decision;
