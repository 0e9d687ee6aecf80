package dev.thyrida.policy.explain;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks bundle entries for the message tests: present in both languages, naming only supplied parameters. */
public final class BundleCheck {

  /** The two languages every bundle speaks. */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("el"));
  private static final Pattern POSITIONAL = Pattern.compile("%\\d*\\$?[sd]|\\{\\d+}");

  private BundleCheck() {}

  /**
   * Adds a problem for each language in which the key is missing, names an unsupplied parameter or
   * uses a positional one.
   *
   * @param problems where problems go
   * @param type the class whose bundle holds the key (by the {@link Messages} convention)
   * @param key the key
   * @param supplied the parameters supplied for it
   */
  public static void check(List<String> problems, Class<?> type, String key, Set<String> supplied) {
    for (Locale locale : LOCALES) {
      try {
        String template = Messages.template(type, key, locale);
        for (String name : Messages.placeholders(template)) {
          if (!supplied.contains(name)) {
            problems.add(key + " [" + locale + "] names {" + name + "}");
          }
        }
        if (POSITIONAL.matcher(template).find()) {
          problems.add(key + " [" + locale + "] has a positional parameter");
        }
      } catch (MissingResourceException missing) {
        problems.add(key + " [" + locale + "] is missing");
      }
    }
  }
}
