package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.PasswordConfirmationValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The new password typed twice (επιβεβαίωση νέου κωδικού) matches (K6): a class-level constraint
 * naming the two properties, compared in constant time. The violation is reported on the
 * confirmation property with the template
 * {@code {dev.thyrida.policy.constraints.PasswordConfirmation.PASSWORD_CONFIRMATION_MISMATCH}}.
 *
 * <p>Both null is valid; a property may be a {@code CharSequence} or a {@code char[]}, read through a
 * record accessor, a getter or a field.
 */
@Documented
@Constraint(validatedBy = PasswordConfirmationValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PasswordConfirmation {

  /**
   * The property holding the new password.
   *
   * @return its name
   */
  String password() default "password";

  /**
   * The property holding the password typed again.
   *
   * @return its name
   */
  String confirmation() default "confirmation";

  /**
   * The message template.
   *
   * @return the key of the message in Thyrida's bundle
   */
  String message() default "{dev.thyrida.policy.constraints.PasswordConfirmation.PASSWORD_CONFIRMATION_MISMATCH}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
