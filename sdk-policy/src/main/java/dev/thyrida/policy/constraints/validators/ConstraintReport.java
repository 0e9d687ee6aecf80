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
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Turns a credential verdict into one {@code ConstraintViolation} per code, with the template
 * {@code {dev.thyrida.policy.constraints.<Annotation>.<key>}}. When the provider is Hibernate
 * Validator, the violation's named parameters become message parameters and the {@link Violation}
 * itself the dynamic payload; this is done by reflection, so the jar needs no Hibernate at compile
 * time and works unconfigured with any provider (ADR 0023).
 */
final class ConstraintReport {

  private static final String HIBERNATE_CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

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
      describe(context, violation);
      ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(
          "{" + CredentialConstraints.TEMPLATE_PREFIX + annotation + "." + CredentialMessages.key(violation) + "}");
      if (propertyNode == null) {
        builder.addConstraintViolation();
      } else {
        builder.addPropertyNode(propertyNode).addConstraintViolation();
      }
    }
    return false;
  }

  private static void describe(ConstraintValidatorContext context, Violation violation) {
    try {
      Class<?> type = Class.forName(HIBERNATE_CONTEXT, false, context.getClass().getClassLoader());
      Object hibernate = context.unwrap(type);
      Method parameter = type.getMethod("addMessageParameter", String.class, Object.class);
      for (Map.Entry<String, String> entry : violation.parameters().entrySet()) {
        parameter.invoke(hibernate, entry.getKey(), entry.getValue());
      }
      type.getMethod("withDynamicPayload", Object.class).invoke(hibernate, violation);
    } catch (ReflectiveOperationException | RuntimeException notHibernate) {
      // Another provider: the violation keeps its template, without parameters.
    }
  }
}
