/**
 * The clause register (L26, C1–C10, K1–K8, D1–D9, X1–X9) that every rule cites.
 *
 * <p>API (stable).
 */
package dev.thyrida.core.clause;
