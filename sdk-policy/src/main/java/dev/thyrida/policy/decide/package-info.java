/**
 * The decider kernel (μηχανισμός αποφάσεων): {@link dev.thyrida.policy.decide.Decider} decides any
 * command against a directory snapshot and the {@link dev.thyrida.policy.decide.GovernanceRules},
 * from handlings that rule families register: a handling is an ordered list of named {@link
 * dev.thyrida.policy.decide.Rule rules} and an {@link dev.thyrida.policy.decide.Effect effect}. Every
 * violation of every rule is collected; the effect runs only when none is found (L26-3, C1–C10), and
 * no command issued before the directory's instant is accepted (D10). The kernel names no family;
 * the standard assembly is {@code dev.thyrida.policy.rulebook}.
 *
 * <p>API. Start at {@link dev.thyrida.policy.decide.Decider}.
 */
package dev.thyrida.policy.decide;
