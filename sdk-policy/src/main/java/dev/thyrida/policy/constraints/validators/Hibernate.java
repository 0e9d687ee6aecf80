package dev.thyrida.policy.constraints.validators;

import dev.thyrida.core.decision.Violation;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Hibernate Validator's extension, reached by reflection so that the jar needs no Hibernate at
 * compile or run time: it takes named message parameters and a dynamic payload, so the template can
 * stay a key the provider renders in the locale it is asked for (ADR 0023, ADR 0027).
 */
final class Hibernate {

  private static final String CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

  private Hibernate() {}

  /**
   * Whether the provider behind a context is Hibernate Validator.
   *
   * @return true when the context is Hibernate Validator's
   */
  static boolean runs(ConstraintValidatorContext context) {
    return type(context) != null;
  }

  /**
   * Hands a violation's parameters and the violation itself to Hibernate Validator.
   *
   * @return true when the provider is Hibernate Validator and took them; false for any other provider
   */
  static boolean describe(ConstraintValidatorContext context, Violation violation) {
    Class<?> type = type(context);
    if (type == null) {
      return false;
    }
    try {
      Method parameter = type.getMethod("addMessageParameter", String.class, Object.class);
      for (Map.Entry<String, String> entry : violation.parameters().entrySet()) {
        parameter.invoke(context, entry.getKey(), entry.getValue());
      }
      type.getMethod("withDynamicPayload", Object.class).invoke(context, violation);
      return true;
    } catch (ReflectiveOperationException | LinkageError notHibernate) {
      return false;
    }
  }

  private static Class<?> type(ConstraintValidatorContext context) {
    try {
      Class<?> type = Class.forName(CONTEXT, false, context.getClass().getClassLoader());
      return type.isInstance(context) ? type : null;
    } catch (ClassNotFoundException | LinkageError absent) {
      return null;
    }
  }
}
