package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.ServiceUsernameValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid service username (όνομα χρήστη Κωδικών Δημόσιας Διοίκησης) under a
 * credential profile: K4, with D2 upper bound and D3 Greek characters.
 *
 * <p>Every violated rule is its own {@code ConstraintViolation}, whose message template is
 * {@code {dev.thyrida.policy.constraints.ServiceUsername.<CODE>}} (see {@link CredentialConstraints#codeOf}).
 * Null is valid (pair with {@code @NotNull}), as the Bean Validation convention wants.
 */
@Documented
@Constraint(validatedBy = ServiceUsernameValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ServiceUsername.List.class)
public @interface ServiceUsername {

  /**
   * The name of the credential profile: {@code default}, {@code lenient}, {@code govgr-howto}, or one a
   * host added to {@link dev.thyrida.policy.credential.CredentialProfiles}.
   *
   * @return the profile's name
   */
  String profile() default "default";

  /**
   * The message template; used only when a provider cannot report one violation per code.
   *
   * @return the key of the message in Thyrida's bundle
   */
  String message() default "{dev.thyrida.policy.constraints.ServiceUsername.message}";

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

  /** Several {@link ServiceUsername} on one element, e.g. a profile per validation group. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ServiceUsername[] value();
  }
}
