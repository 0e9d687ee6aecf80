/**
 * The standard assembly of the decider (κανονισμός): {@link dev.thyrida.policy.rulebook.Rulebook}
 * composes the SDK's families outside the kernel, so the kernel ({@code dev.thyrida.policy.decide})
 * names none of them and no package cycle runs through it (L26, C1–C10, K1–K8).
 *
 * <p>API. Start at {@link dev.thyrida.policy.rulebook.Rulebook}.
 */
package dev.thyrida.policy.rulebook;
