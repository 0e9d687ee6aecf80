package dev.thyrida.spring.validation;

import jakarta.validation.MessageInterpolator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.springframework.validation.beanvalidation.LocaleContextMessageInterpolator;

/**
 * Hibernate Validator's interpolator set for a host that answers in Greek and English by request:
 * the request's locale (Spring's {@code LocaleContextHolder}) picks the bundle, and a locale the
 * bundles lack falls back to the base (English) bundle, never to the JVM's default locale (on a
 * Greek server an English request would otherwise read Greek). The user bundle is the host's
 * {@code ValidationMessages} then Thyrida's Greek for the standard constraints
 * ({@code JakartaMessages}); the contributor bundle is Thyrida's constraint messages.
 */
public final class RequestLocaleMessages {

  /** The host's own messages first, then Thyrida's Greek for {@code @NotNull}, {@code @Size}, … */
  public static final List<String> USER_BUNDLES =
      List.of("ValidationMessages", "dev.thyrida.policy.constraints.JakartaMessages");

  /** Thyrida's constraint messages ({@code @ServicePassword}, …), merged by the provider. */
  public static final List<String> CONTRIBUTOR_BUNDLES = List.of("ContributorValidationMessages");

  private RequestLocaleMessages() {}

  /**
   * The interpolator.
   *
   * @param loader the class loader to find the bundles with
   * @return an interpolator that follows the request's locale
   */
  public static MessageInterpolator interpolator(ClassLoader loader) {
    return new LocaleContextMessageInterpolator(new ResourceBundleMessageInterpolator(
        locator(USER_BUNDLES, loader), locator(CONTRIBUTOR_BUNDLES, loader), true));
  }

  private static ResourceBundleLocator locator(List<String> names, ClassLoader loader) {
    ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    return locale -> {
      List<ResourceBundle> found = new ArrayList<>();
      for (String name : names) {
        try {
          found.add(ResourceBundle.getBundle(name, locale, loader, control));
        } catch (MissingResourceException absent) {
          // a host without its own ValidationMessages: nothing to add
        }
      }
      return found.isEmpty() ? null : new FirstFound(found, locale);
    };
  }

  /** The bundles as one, the first holding a key winning. */
  private static final class FirstFound extends ResourceBundle {
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    FirstFound(List<ResourceBundle> bundles, Locale locale) {
      this.bundles = bundles;
      this.locale = locale;
    }

    @Override
    protected Object handleGetObject(String key) {
      for (ResourceBundle bundle : bundles) {
        if (bundle.containsKey(key)) {
          return bundle.getObject(key);
        }
      }
      return null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>();
      bundles.forEach(bundle -> keys.addAll(bundle.keySet()));
      return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
      return locale;
    }
  }
}
