package dev.thyrida.policy.constraints;

import dev.thyrida.policy.constraints.validators.Wording;
import dev.thyrida.policy.credential.CredentialCode;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Helps an integrator read Thyrida's credential constraints (K4–K6): the stable code behind a
 * {@link ConstraintViolation}, under any Bean Validation provider, and a start-up check of a form's
 * declarations.
 */
public final class CredentialConstraints {

  /** The prefix of every credential constraint's message key. */
  public static final String TEMPLATE_PREFIX = "dev.thyrida.policy.constraints.";

  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("el"), Locale.ROOT);

  private CredentialConstraints() {}

  /**
   * The credential code of a violation raised by {@link ServiceUsername}, {@link ServicePassword}
   * or {@link PasswordConfirmation}: read from the template where it is Thyrida's key (Hibernate
   * Validator), else from the finished sentence another provider was handed (ADR 0027).
   *
   * @param violation a constraint violation
   * @return the code, or empty when the violation is not one of Thyrida's credential codes
   */
  public static Optional<CredentialCode> codeOf(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template != null && template.startsWith("{" + TEMPLATE_PREFIX) && template.endsWith("}")) {
      return fromKey(template.substring(1 + TEMPLATE_PREFIX.length(), template.length() - 1));
    }
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    String message = violation.getMessage();
    for (CredentialCode code : CredentialCode.values()) {
      if (message != null && annotation.annotationType().getSimpleName().equals(annotationOf(code))
          && says(code, message)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /**
   * The simple name of the constraint that reports a code.
   *
   * @param code a credential code
   * @return {@code ServiceUsername}, {@code ServicePassword} or {@code PasswordConfirmation}
   */
  public static String annotationOf(CredentialCode code) {
    if (code == CredentialCode.PASSWORD_CONFIRMATION_MISMATCH) {
      return "PasswordConfirmation";
    }
    return code.name().startsWith("USERNAME") ? "ServiceUsername" : "ServicePassword";
  }

  /**
   * The message keys of a code: {@code <prefix><Annotation>.<CODE>} and one per hint.
   *
   * @param code a credential code
   * @return the keys, the plain one first
   */
  public static List<String> keysOf(CredentialCode code) {
    String base = TEMPLATE_PREFIX + annotationOf(code) + "." + code.name();
    List<String> keys = new ArrayList<>(List.of(base));
    code.hints().forEach(hint -> keys.add(base + "." + hint));
    return keys;
  }

  /**
   * Refuses, at start-up, a form whose {@link PasswordConfirmation} cannot be checked: one that does
   * not implement {@link PasswordTypedTwice}.
   *
   * @param form the form's type
   * @throws ConstraintDeclarationException naming the type and what it must implement
   */
  public static void checkDeclared(Class<?> form) {
    if (form.isAnnotationPresent(PasswordConfirmation.class) && !PasswordTypedTwice.class.isAssignableFrom(form)) {
      throw new ConstraintDeclarationException("@PasswordConfirmation on " + form.getName()
          + ": the form must implement " + PasswordTypedTwice.class.getName());
    }
  }

  private static Optional<CredentialCode> fromKey(String key) {
    String[] parts = key.split("\\.");
    for (CredentialCode code : CredentialCode.values()) {
      if (parts.length >= 2 && code.name().equals(parts[1]) && annotationOf(code).equals(parts[0])) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  private static boolean says(CredentialCode code, String message) {
    for (String key : keysOf(code)) {
      if (Wording.matches(key, Locale.getDefault(), message)
          || LOCALES.stream().anyMatch(locale -> Wording.matches(key, locale, message))) {
        return true;
      }
    }
    return false;
  }
}
