package dev.thyrida.policy.constraints.validators;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.CredentialVerdict;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.util.Locale;

/**
 * Turns a credential verdict into one {@code ConstraintViolation} per code. Under Hibernate Validator
 * the template is the key {@code {dev.thyrida.policy.constraints.<Annotation>.<key>}} with the
 * violation's named parameters, rendered by the provider in whatever locale it is asked for; under
 * any other provider it is the finished sentence in the JVM's default locale, escaped (ADR 0027).
 * Either way {@link CredentialConstraints#codeOf} reads the code back.
 */
final class ConstraintReport {

  private ConstraintReport() {}

  /** The policy of the profile an annotation names; an unknown name is a declaration error. */
  static CredentialPolicy policy(String annotation, String profile) {
    try {
      return CredentialPolicy.of(CredentialProfile.named(profile));
    } catch (IllegalArgumentException unknown) {
      throw new ConstraintDeclarationException("@" + annotation + ": " + unknown.getMessage(), unknown);
    }
  }

  /** Reports every violation of a verdict; true when the verdict is valid. */
  static boolean report(CredentialVerdict verdict, ConstraintValidatorContext context, String annotation,
      String propertyNode) {
    if (verdict.isValid()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Violation violation : verdict.violations()) {
      String key = CredentialConstraints.TEMPLATE_PREFIX + annotation + "." + CredentialMessages.key(violation);
      ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template(context, key, violation));
      if (propertyNode == null) {
        builder.addConstraintViolation();
      } else {
        builder.addPropertyNode(propertyNode).addConstraintViolation();
      }
    }
    return false;
  }

  /** The template of one violation: the key where the provider takes parameters, else the sentence. */
  static String template(ConstraintValidatorContext context, String key, Violation violation) {
    return Hibernate.describe(context, violation) ? "{" + key + "}"
        : Wording.literal(key, violation.parameters(), Locale.getDefault());
  }
}
