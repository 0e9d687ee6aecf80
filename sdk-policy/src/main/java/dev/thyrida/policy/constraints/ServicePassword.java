package dev.thyrida.policy.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.thyrida.policy.constraints.validators.ServicePasswordCharsValidator;
import dev.thyrida.policy.constraints.validators.ServicePasswordValidator;
import dev.thyrida.policy.constraints.validators.ServicePasswordValueValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid service password (κωδικός πρόσβασης) under a credential profile: K5,
 * with D1 alphabet, D2 upper bound and D3 Greek characters. The password is never echoed (D5).
 *
 * <p>Every violated rule is its own {@code ConstraintViolation}, whose message template is
 * {@code {dev.thyrida.policy.constraints.ServicePassword.<CODE>}} (see {@link CredentialConstraints#codeOf}).
 * Applies to a {@code CharSequence}, a {@code char[]} or core's {@link dev.thyrida.core.account.Password}.
 * Null is valid (pair with {@code @NotNull}), as the Bean Validation convention wants.
 *
 * <p>The standard puts the validated value in {@code ConstraintViolation.getInvalidValue()}: on a
 * {@code String} field that is the password itself, and a violation logged whole prints it. Declare
 * the field as {@code Password} (its {@code toString} is a mask) or {@code char[]} (printed as an
 * array reference) to keep it out of logs (D5).
 */
@Documented
@Constraint(validatedBy = {ServicePasswordValidator.class, ServicePasswordCharsValidator.class,
    ServicePasswordValueValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ServicePassword.List.class)
public @interface ServicePassword {

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
  String message() default "{dev.thyrida.policy.constraints.ServicePassword.message}";

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

  /** Several {@link ServicePassword} on one element, e.g. a profile per validation group. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ServicePassword[] value();
  }
}
