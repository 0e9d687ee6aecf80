/**
 * Explanations for people (επεξηγήσεις): Greek and English messages for every violation code, from
 * bundles found by convention and filled with named parameters.
 *
 * <p>API. Start at {@link dev.thyrida.policy.explain.Explanations} (a decision for a person) and
 * {@link dev.thyrida.policy.explain.Messages} (one violation).
 */
package dev.thyrida.policy.explain;
