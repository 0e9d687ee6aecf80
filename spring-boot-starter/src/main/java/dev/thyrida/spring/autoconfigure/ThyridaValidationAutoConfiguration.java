package dev.thyrida.spring.autoconfigure;

import dev.thyrida.spring.validation.RequestLocaleMessages;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Thyrida's Bean Validation messages in Greek or English by the request's locale, under Hibernate
 * Validator (the provider Spring Boot brings), with Greek for the standard constraints too
 * (ADR 0150, credentials.md).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnClass({ResourceBundleMessageInterpolator.class, ValidationConfigurationCustomizer.class})
@ConditionalOnBooleanProperty(name = "thyrida.validation.request-locale", matchIfMissing = true)
public class ThyridaValidationAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ThyridaValidationAutoConfiguration() {}

  /**
   * Sets the interpolator on the validator Spring Boot builds.
   *
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer thyridaValidationMessages() {
    return configuration -> configuration.messageInterpolator(
        RequestLocaleMessages.interpolator(ThyridaValidationAutoConfiguration.class.getClassLoader()));
  }
}
