/**
 * The clause register (L26, C1–C10, K1–K8, D1–D11, X1–X10) that every rule cites, with each clause
 * in words: its source document, Greek text, English rendering and title ({@link dev.thyrida.core.clause.Clause#text()}).
 *
 * <p>API (stable).
 */
package dev.thyrida.core.clause;
