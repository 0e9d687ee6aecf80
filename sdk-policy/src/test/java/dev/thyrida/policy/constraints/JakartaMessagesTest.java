package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.apache.bval.jsr.DefaultMessageInterpolator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.AggregateResourceBundleLocator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("K3: the opt-in Greek bundle for the standard constraints a credential form uses")
class JakartaMessagesTest {

  private static final String BUNDLE = "dev.thyrida.policy.constraints.JakartaMessages";
  private static final Locale GREEK = Locale.forLanguageTag("el");

  record Form(@NotNull String taxId, @NotBlank String username, @Size(min = 8, max = 128) String password) {}

  private static Set<String> messages(Validator validator) {
    Set<String> messages = new TreeSet<>();
    validator.validate(new Form(null, " ", "abc")).forEach(v -> messages.add(v.getPropertyPath() + ": " + v.getMessage()));
    return messages;
  }

  private static final Set<String> GREEK_MESSAGES = Set.of(
      "taxId: είναι υποχρεωτικό",
      "username: είναι υποχρεωτικό και δεν μπορεί να είναι κενό",
      "password: πρέπει να έχει από 8 έως 128 χαρακτήρες");

  @Test
  @DisplayName("Hibernate Validator: the bundle added to the interpolator's locator gives Greek, attributes filled")
  void hibernateValidator() {
    Locale before = Locale.getDefault();
    Locale.setDefault(GREEK);
    MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(
        new AggregateResourceBundleLocator(List.of("ValidationMessages", BUNDLE)));
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(interpolator).buildValidatorFactory()) {
      assertEquals(GREEK_MESSAGES, messages(factory.getValidator()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("Apache BVal: the bundle as the interpolator's user bundle gives Greek, attributes filled")
  void apacheBval() {
    MessageInterpolator interpolator = new DefaultMessageInterpolator(ResourceBundle.getBundle(BUNDLE, GREEK));
    Locale before = Locale.getDefault();
    Locale.setDefault(GREEK);
    try (ValidatorFactory factory = Validation.byProvider(ApacheValidationProvider.class).configure()
        .messageInterpolator(interpolator).buildValidatorFactory()) {
      assertEquals(GREEK_MESSAGES, messages(factory.getValidator()));
    } finally {
      Locale.setDefault(before);
    }
  }
}
