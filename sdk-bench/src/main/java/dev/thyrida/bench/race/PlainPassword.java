package dev.thyrida.bench.race;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The peer of {@code @ServicePassword}: a plain custom constraint as an integrator would write it,
 * the hand-written single pass, one violation per failed rule with a fixed English message.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PlainPassword.Check.class)
public @interface PlainPassword {

  /** The messages, one per {@link Broken} bit, in bit order. */
  String[] MESSAGES = {"must have at least 8 characters", "must have at most 128 characters",
      "must contain an uppercase letter", "must contain a lowercase letter", "must contain a digit",
      "must contain one of !@#$^&-_.", "must contain only Latin letters, digits and !@#$^&-_."};

  /**
   * The message when no rule-specific one is built.
   *
   * @return the message
   */
  String message() default "invalid password";

  /**
   * The groups.
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

  /** The validator: the hand loop, then one violation per failed rule. */
  final class Check implements ConstraintValidator<PlainPassword, String> {

    /** Creates the validator; the provider instantiates it. */
    public Check() {
      // stateless
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      int bits = CredentialContenders.handPassword(value);
      if (bits == 0) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (int i = 0; i < MESSAGES.length; i++) {
        if ((bits & (1 << i)) != 0) {
          context.buildConstraintViolationWithTemplate(MESSAGES[i]).addConstraintViolation();
        }
      }
      return false;
    }
  }
}
