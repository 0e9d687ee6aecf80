package dev.thyrida.cli.shell;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --lang el|en} option every command with human text carries (a picocli mixin). */
public final class LanguageOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "el|en",
      description = "Language of messages: el or en (default: el when the locale's language is Greek, else en).")
  private String lang;

  /** Creates the mixin; picocli fills it. */
  public LanguageOption() {
    // filled by picocli
  }

  /**
   * The chosen language, or the session locale's when {@code --lang} is absent.
   *
   * @param session the session whose locale is the fallback
   * @return the language
   * @throws UsageException naming the option when the value is neither {@code el} nor {@code en}
   */
  public Language language(Session session) {
    try {
      return Language.of(lang, session.locale());
    } catch (IllegalArgumentException e) {
      throw new UsageException(spec.commandLine(), e.getMessage());
    }
  }
}
