package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.TaxIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a Greek tax id (ΑΦΜ): nine digits whose check digit holds (X7).
 *
 * <p>Null is valid (pair with {@code @NotNull}), as the Bean Validation convention wants.
 */
@Documented
@Constraint(validatedBy = TaxIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TaxId {

  /**
   * The message template.
   *
   * @return the key of the message in Thyrida's bundle
   */
  String message() default "{dev.thyrida.policy.constraints.TaxId.message}";

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
