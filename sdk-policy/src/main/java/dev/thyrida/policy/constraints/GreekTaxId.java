package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.GreekTaxIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a Greek tax id (ΑΦΜ): nine digits whose check digit holds (X7). Named apart
 * from core's {@link dev.thyrida.core.identity.TaxId} value, so a form may import both.
 *
 * <p>Null is valid (pair with {@code @NotNull}), as the Bean Validation convention wants. Repeatable
 * for validation groups ({@link GreekTaxId.List}).
 */
@Documented
@Constraint(validatedBy = GreekTaxIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(GreekTaxId.List.class)
public @interface GreekTaxId {

  /** The key of the default message in Thyrida's bundle. */
  String KEY = "dev.thyrida.policy.constraints.GreekTaxId.message";

  /**
   * The message template.
   *
   * @return the key of the message in Thyrida's bundle
   */
  String message() default "{dev.thyrida.policy.constraints.GreekTaxId.message}";

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

  /** Several {@link GreekTaxId} on one element, e.g. one per validation group. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    GreekTaxId[] value();
  }
}
