package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.PasswordConfirmationValidator;
import dev.thyrida.policy.constraints.validators.PasswordConfirmationMisplacedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The new password typed twice (επιβεβαίωση νέου κωδικού) matches (K6): a class-level constraint on
 * a form that implements {@link PasswordTypedTwice}, compared in constant time. The violation is
 * reported on the property named by {@link #confirmation()}, with the code
 * {@code PASSWORD_CONFIRMATION_MISMATCH} (see {@link CredentialConstraints#codeOf}).
 *
 * <p>Both null is valid. On a type that does not implement {@link PasswordTypedTwice} the constraint
 * is a declaration error; {@link CredentialConstraints#checkDeclared(Class)} finds it at start-up.
 */
@Documented
@Constraint(validatedBy = {PasswordConfirmationValidator.class, PasswordConfirmationMisplacedValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PasswordConfirmation {

  /**
   * The property a mismatch is reported on, as the form names it.
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
