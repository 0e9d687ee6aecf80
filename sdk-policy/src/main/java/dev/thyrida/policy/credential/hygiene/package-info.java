/**
 * Password hygiene beyond K5 (D11; X4, X10): personal data, reuse and a deny-list, each switched on
 * by a profile and judged with a context the host passes.
 *
 * <p>API. Start at {@link dev.thyrida.policy.credential.hygiene.Hygiene}.
 */
package dev.thyrida.policy.credential.hygiene;
