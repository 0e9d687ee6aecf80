package dev.thyrida.policy.constraints;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;

/** A plain Hibernate Validator, built with zero configuration, messages in English, shared by the tests. */
final class BeanValidation {

  private static final Validator VALIDATOR = build();

  private BeanValidation() {}

  static Validator validator() {
    return VALIDATOR;
  }

  private static Validator build() {
    Locale.setDefault(Locale.ENGLISH);
    return Validation.buildDefaultValidatorFactory().getValidator();
  }
}
