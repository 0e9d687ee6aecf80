/**
 * The validators behind the constraints of {@code dev.thyrida.policy.constraints}, one
 * {@code <Annotation>Validator} per constraint, and the wording they hand to a provider.
 *
 * <p>Internal: not exported, only opened so that any Bean Validation provider can instantiate the
 * validators (ADR 0007); use the constraints, not these.
 */
package dev.thyrida.policy.constraints.validators;
