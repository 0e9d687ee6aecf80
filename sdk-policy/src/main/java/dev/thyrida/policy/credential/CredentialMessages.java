package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Renders a credential violation as a sentence in Greek or English (μηνύματα), from the bundle
 * {@code dev.thyrida.policy.credential.CredentialMessages} keyed by the code, with named parameters
 * such as {@code {position}} or {@code {minimum}}; never positional ones. A username character code
 * carrying a hint ({@code lookalike}, {@code invisible}) uses the variant keyed {@code CODE.hint}.
 */
public final class CredentialMessages {

  /** The base name of the message bundles (English default, {@code _el} Greek). */
  public static final String BUNDLE = "dev.thyrida.policy.credential.CredentialMessages";

  private static final Locale GREEK = Locale.forLanguageTag("el");

  private CredentialMessages() {}

  /**
   * The message of a credential violation in a locale; Greek for {@code el}, English otherwise.
   *
   * @param violation a violation whose code is a {@link CredentialCode}
   * @param locale the reader's locale
   * @return the rendered sentence, holding no password character (D5)
   * @throws IllegalArgumentException when the violation's code is not a credential code
   */
  public static String render(Violation violation, Locale locale) {
    Objects.requireNonNull(violation, "CredentialMessages: violation is required");
    if (!(violation.code() instanceof CredentialCode)) {
      throw new IllegalArgumentException("CredentialMessages: not a credential code: " + violation.code().name());
    }
    return substitute(template(violation, locale), violation);
  }

  /**
   * The message key a violation is rendered with: its code, or {@code CODE.hint} when it carries a hint.
   *
   * @param violation a credential violation
   * @return e.g. {@code USERNAME_GREEK_CHARACTER.lookalike}
   */
  public static String key(Violation violation) {
    for (String hint : ((CredentialCode) violation.code()).hints()) {
      if (violation.parameter(hint) != null) {
        return violation.code().name() + "." + hint;
      }
    }
    return violation.code().name();
  }

  /**
   * The raw template under a key, with its {@code {name}} placeholders.
   *
   * @param key a code name or {@code CODE.hint}
   * @param locale the locale
   * @return the template
   * @throws MissingResourceException when the bundle has no such key
   */
  public static String template(String key, Locale locale) {
    // Locale.ROOT, not the reader's locale, for English: else getBundle falls back to the default locale.
    Locale language = GREEK.getLanguage().equals(locale.getLanguage()) ? GREEK : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, language, CredentialMessages.class.getModule()).getString(key);
  }

  private static String template(Violation violation, Locale locale) {
    return template(key(violation), locale);
  }

  /** Replaces each {@code {name}} by the violation's parameter; an unknown name stays as written. */
  private static String substitute(String template, Violation violation) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      String value = violation.parameter(template.substring(open + 1, close));
      out.append(template, from, open).append(value == null ? template.substring(open, close + 1) : value);
      from = close + 1;
    }
    return out.append(template, from, template.length()).toString();
  }
}
