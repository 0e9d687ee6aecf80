/**
 * The validators behind the constraints of {@code dev.thyrida.policy.constraints}, one
 * {@code <Annotation>Validator} per constraint.
 *
 * <p>API only so that Bean Validation providers can instantiate them; call the constraints, not these.
 */
package dev.thyrida.policy.constraints.validators;
