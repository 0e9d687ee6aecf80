package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.explain.Messages;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * Renders a credential violation as a sentence in Greek or English (μηνύματα), from the bundle
 * {@code dev.thyrida.policy.credential.CredentialMessages} keyed by the code, with named parameters
 * such as {@code {position}} or {@code {minimum}}; never positional ones. A username character code
 * carrying a hint ({@code lookalike}, {@code invisible}) uses the variant keyed {@code CODE.hint}.
 * The rendering itself is the shared {@link Messages}.
 */
public final class CredentialMessages {

  /** The base name of the message bundles (English default, {@code _el} Greek). */
  public static final String BUNDLE = "dev.thyrida.policy.credential.CredentialMessages";

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
    return Messages.render(violation, locale);
  }

  /**
   * The message key a violation is rendered with: its code, or {@code CODE.hint} when it carries a hint.
   *
   * @param violation a credential violation
   * @return e.g. {@code USERNAME_GREEK_CHARACTER.lookalike}
   */
  public static String key(Violation violation) {
    return Messages.key(violation);
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
    return Messages.template(CredentialCode.class, key, locale);
  }
}
