package dev.thyrida.policy.constraints.validators;

import dev.thyrida.policy.explain.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of Thyrida's constraint messages, as a provider's default interpolator finds it: the
 * host's {@code ValidationMessages} first (an override or another locale), then Thyrida's
 * {@code ContributorValidationMessages} (Greek for {@code el}, English otherwise). Used where the
 * provider cannot take message parameters: the validator then hands it the finished sentence, escaped
 * so that no interpolator reads it again (ADR 0027). Not API: the package is opened to providers only.
 */
public final class Wording {

  /** The base name of Thyrida's own bundle, the one Hibernate Validator reads as a contributor. */
  public static final String THYRIDA = "ContributorValidationMessages";

  private static final String HOST = "ValidationMessages";
  private static final Locale GREEK = Locale.forLanguageTag("el");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");

  private Wording() {}

  /**
   * The template under a key for a locale, with its {@code {name}} placeholders.
   *
   * @param key e.g. {@code dev.thyrida.policy.constraints.ServicePassword.PASSWORD_TOO_SHORT}
   * @param locale the reader's locale
   * @return the host's wording when it has the key, else Thyrida's
   * @throws MissingResourceException when neither bundle has the key
   */
  public static String template(String key, Locale locale) {
    ResourceBundle host = host(locale);
    if (host != null && host.containsKey(key)) {
      return host.getString(key);
    }
    Locale language = GREEK.getLanguage().equals(locale.getLanguage()) ? GREEK : Locale.ROOT;
    return ResourceBundle.getBundle(THYRIDA, language, Wording.class.getModule()).getString(key);
  }

  /**
   * The finished sentence under a key, as a literal message template: every parameter filled, then
   * the four characters the standard interpolation reads ({@code \ { } $}) escaped.
   *
   * @param key the message key
   * @param parameters the named parameters
   * @param locale the reader's locale
   * @return the escaped sentence
   */
  public static String literal(String key, Map<String, String> parameters, Locale locale) {
    return escape(Messages.substitute(template(key, locale), parameters));
  }

  /**
   * Whether a message is the template under a key for a locale, filled with some parameters: how a
   * code is read back from a finished sentence.
   *
   * @param key the message key
   * @param locale the locale the sentence may be in
   * @param message the interpolated message
   * @return true when the message has the template's fixed text, in order, and nothing else
   */
  public static boolean matches(String key, Locale locale, String message) {
    String template;
    try {
      template = template(key, locale);
    } catch (MissingResourceException absent) {
      return false;
    }
    StringBuilder pattern = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int from = 0;
    while (placeholder.find()) {
      pattern.append(Pattern.quote(template.substring(from, placeholder.start()))).append(".*?");
      from = placeholder.end();
    }
    pattern.append(Pattern.quote(template.substring(from)));
    return Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(message).matches();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.chars().forEach(c -> {
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        out.append('\\');
      }
      out.append((char) c);
    });
    return out.toString();
  }

  private static ResourceBundle host(Locale locale) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return loader == null ? null : ResourceBundle.getBundle(HOST, locale, loader);
    } catch (MissingResourceException none) {
      return null;
    }
  }
}
