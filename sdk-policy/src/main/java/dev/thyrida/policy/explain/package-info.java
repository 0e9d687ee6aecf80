/**
 * Explanations for people (επεξηγήσεις): Greek and English messages for every violation code, from
 * bundles found by convention and filled with named parameters.
 *
 * <p>API. Start at {@link dev.thyrida.policy.explain.Messages}.
 */
package dev.thyrida.policy.explain;
