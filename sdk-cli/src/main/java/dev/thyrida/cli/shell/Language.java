package dev.thyrida.cli.shell;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of a command's human text (γλώσσα): Greek or English, from {@code --lang el|en}, or
 * from the locale (Greek when the locale's language is {@code el}, else English). It also renders
 * the command line's own sentences from the bundle {@code dev.thyrida.cli.Messages}.
 */
public enum Language {
  /** Greek, {@code el}. */
  EL(Locale.forLanguageTag("el")),
  /** English, {@code en}. */
  EN(Locale.ENGLISH);

  private static final String BUNDLE = "dev.thyrida.cli.Messages";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language of an explicit {@code --lang} value, or of the locale when it is null.
   *
   * @param option the option's value, {@code el} or {@code en} in any case, or null
   * @param fallback the session's locale
   * @return the language
   * @throws IllegalArgumentException when the option is neither {@code el} nor {@code en}
   */
  public static Language of(String option, Locale fallback) {
    if (option == null) {
      return "el".equals(fallback.getLanguage()) ? EL : EN;
    }
    for (Language language : values()) {
      if (language.tag().equalsIgnoreCase(option)) {
        return language;
      }
    }
    // the value is not repeated: it may be a password typed in the wrong place (ADR 0062)
    throw new IllegalArgumentException("--lang must be el or en");
  }

  /**
   * The locale the SDK's message renderers take.
   *
   * @return {@code el} or {@code en}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language's tag as {@code --lang} spells it.
   *
   * @return {@code el} or {@code en}
   */
  public String tag() {
    return locale.getLanguage();
  }

  /**
   * A sentence of the command line in this language, with {@code {0}}-free named placeholders
   * {@code {name}} replaced by the given name, value pairs.
   *
   * @param key the bundle key
   * @param namesAndValues name, value, name, value, …
   * @return the sentence
   * @throws MissingResourceException when the bundle has no such key
   */
  public String text(String key, Object... namesAndValues) {
    Locale bundleLocale = this == EL ? locale : Locale.ROOT;
    String template = ResourceBundle.getBundle(BUNDLE, bundleLocale, Language.class.getModule()).getString(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      template = template.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return template;
  }
}
