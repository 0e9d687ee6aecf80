package dev.thyrida.policy.constraints;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.ValidationProvider;
import java.util.Locale;
import java.util.function.Function;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.hibernate.validator.HibernateValidator;

/**
 * The two Bean Validation providers the constraint suite runs under, each chosen by class and
 * otherwise unconfigured: no message interpolator, no bundle, no validation.xml (ADR 0027).
 */
enum BeanValidation {
  HIBERNATE_VALIDATOR(HibernateValidator.class),
  APACHE_BVAL(ApacheValidationProvider.class);

  private final Class<? extends ValidationProvider<?>> provider;

  @SuppressWarnings({"unchecked", "rawtypes"})
  BeanValidation(Class<? extends ValidationProvider> provider) {
    this.provider = (Class<? extends ValidationProvider<?>>) (Class) provider;
  }

  /**
   * Runs a check with a validator of this provider built while the JVM's default locale is the
   * reader's, as a host in that locale would have it; the default is restored afterwards.
   */
  <T> T in(Locale locale, Function<Validator, T> check) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try (ValidatorFactory factory = factory()) {
      return check.apply(factory.getValidator());
    } finally {
      Locale.setDefault(before);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ValidatorFactory factory() {
    return Validation.byProvider((Class) provider).configure().buildValidatorFactory();
  }
}
