/**
 * Bean Validation constraints for Thyrida's rules (e.g. {@link dev.thyrida.policy.constraints.GreekTaxId}).
 * Each names its validator, and the messages ship in the jar's {@code ContributorValidationMessages}
 * bundle under keys prefixed with the annotation's class name, so they never clash with an
 * application's own {@code ValidationMessages}.
 *
 * <p>API.
 */
package dev.thyrida.policy.constraints;
