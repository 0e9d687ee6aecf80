package dev.thyrida.policy.explain;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders any violation as a sentence in Greek or English (μηνύματα), from the bundle of its code's
 * enum found by convention: {@code a.b.GovernanceCode} is rendered from {@code a.b.GovernanceMessages}
 * (a type not ending in {@code Code} gets {@code Messages} appended), keyed by the code's name, with
 * NAMED parameters such as {@code {mailbox}}; never positional ones (ADR 0042).
 *
 * <p>A violation carrying a parameter {@code p} for which the bundle has a variant keyed {@code
 * CODE.p} is rendered with that variant (the first such parameter in the violation's order), so no
 * message needs a conditional part. Greek for a locale whose language is {@code el}; English for any
 * other, whatever the JVM's default locale is.
 */
public final class Messages {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  private Messages() {}

  /**
   * The message of a violation in a locale.
   *
   * @param violation the violation
   * @param locale the reader's locale
   * @return the rendered sentence
   * @throws MissingResourceException when the code's bundle or message is missing
   */
  public static String render(Violation violation, Locale locale) {
    return substitute(template(violation, locale), violation.parameters());
  }

  /**
   * The template a violation is rendered with in a locale, before its parameters are filled.
   *
   * @param violation the violation
   * @param locale the reader's locale
   * @return the template, with its {@code {name}} placeholders
   * @throws MissingResourceException when the code's bundle or message is missing
   */
  public static String template(Violation violation, Locale locale) {
    Objects.requireNonNull(violation, "Messages: violation is required");
    ResourceBundle bundle = bundle(violation.code(), locale);
    return bundle.getString(key(violation, bundle));
  }

  /**
   * The key a violation is rendered with: its code's name, or {@code CODE.p} for the first
   * parameter {@code p} that has such a variant in the code's bundle.
   *
   * @param violation the violation
   * @return e.g. {@code USERNAME_GREEK_CHARACTER.lookalike}
   * @throws MissingResourceException when the code's bundle is missing
   */
  public static String key(Violation violation) {
    return key(violation, bundle(violation.code(), Locale.ROOT));
  }

  private static String key(Violation violation, ResourceBundle bundle) {
    String code = violation.code().name();
    for (String name : violation.parameters().keySet()) {
      if (bundle.containsKey(code + "." + name)) {
        return code + "." + name;
      }
    }
    return code;
  }

  /**
   * The raw template under a key in the bundle of a code's type, with its {@code {name}} placeholders.
   *
   * @param codeType the code's enum, e.g. {@code GovernanceCode.class}
   * @param key a code name or a variant key {@code CODE.p}
   * @param locale the locale
   * @return the template
   * @throws MissingResourceException when the bundle or the key is missing
   */
  public static String template(Class<?> codeType, String key, Locale locale) {
    return bundle(codeType, locale).getString(key);
  }

  /**
   * The message bundle a code is rendered from.
   *
   * @param code the code
   * @param locale the locale: Greek for {@code el}, else English
   * @return the bundle
   * @throws MissingResourceException when the bundle is missing
   */
  public static ResourceBundle bundle(ViolationCode code, Locale locale) {
    Objects.requireNonNull(code, "Messages: code is required");
    return bundle(codeType(code), locale);
  }

  /**
   * The bundle of a code type, found by convention.
   *
   * @param codeType the code's enum
   * @param locale the locale: Greek for {@code el}, else English
   * @return the bundle
   * @throws MissingResourceException when the bundle is missing
   */
  public static ResourceBundle bundle(Class<?> codeType, Locale locale) {
    // Locale.ROOT, not the reader's locale, for English: else getBundle falls back to the default locale.
    Locale language = GREEK.getLanguage().equals(locale.getLanguage()) ? GREEK : Locale.ROOT;
    return ResourceBundle.getBundle(bundleName(codeType), language, codeType.getModule());
  }

  /**
   * The bundle's base name for a code type: its name with the trailing {@code Code} replaced by
   * {@code Messages}, or {@code Messages} appended.
   *
   * @param codeType the code's enum
   * @return e.g. {@code dev.thyrida.policy.governance.GovernanceMessages}
   */
  public static String bundleName(Class<?> codeType) {
    String name = codeType.getName();
    return (name.endsWith("Code") ? name.substring(0, name.length() - 4) : name) + "Messages";
  }

  /**
   * Replaces each {@code {name}} of a template by the named parameter; an unknown name stays as written.
   *
   * @param template the template
   * @param parameters the named parameters
   * @return the filled text
   */
  public static String substitute(String template, Map<String, String> parameters) {
    Objects.requireNonNull(parameters, "Messages: parameters are required");
    return fill(template, parameters::get);
  }

  /**
   * The names a template's placeholders use, for the tests that check every message.
   *
   * @param template the template
   * @return the names, in order of first use
   */
  public static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    fill(template, name -> {
      names.add(name);
      return null;
    });
    return names;
  }

  /** Replaces each {@code {name}} by {@code value(name)}, keeping the placeholder where it is null. */
  private static String fill(String template, Function<String, String> value) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      String filled = value.apply(template.substring(open + 1, close));
      out.append(template, from, open).append(filled == null ? template.substring(open, close + 1) : filled);
      from = close + 1;
    }
    return out.append(template, from, template.length()).toString();
  }

  private static Class<?> codeType(ViolationCode code) {
    return code instanceof Enum ? ((Enum<?>) code).getDeclaringClass() : code.getClass();
  }
}
