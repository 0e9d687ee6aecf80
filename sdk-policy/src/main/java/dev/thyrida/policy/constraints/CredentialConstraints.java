package dev.thyrida.policy.constraints;

import dev.thyrida.policy.credential.CredentialCode;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;

/**
 * Helps an integrator read Thyrida's credential constraints (K4–K6): the stable code behind a
 * {@link ConstraintViolation}, taken from its message template.
 */
public final class CredentialConstraints {

  /** The prefix of every credential constraint's message template, after the opening brace. */
  public static final String TEMPLATE_PREFIX = "dev.thyrida.policy.constraints.";

  private CredentialConstraints() {}

  /**
   * The credential code of a violation raised by {@link ServiceUsername}, {@link ServicePassword}
   * or {@link PasswordConfirmation}.
   *
   * @param violation a constraint violation
   * @return the code, or empty when the violation is not one of Thyrida's credential codes
   */
  public static Optional<CredentialCode> codeOf(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template == null || !template.startsWith("{" + TEMPLATE_PREFIX) || !template.endsWith("}")) {
      return Optional.empty();
    }
    String[] parts = template.substring(1 + TEMPLATE_PREFIX.length(), template.length() - 1).split("\\.");
    for (CredentialCode code : CredentialCode.values()) {
      if (parts.length >= 2 && code.name().equals(parts[1])) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
