package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.LanguageOption;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.policy.credential.suggest.UsernameSuggestions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code thyrida suggest-username "FULL NAME"}: valid usernames from a name by ELOT 743 (X8, K4, D4). */
@Command(name = "suggest-username", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Suggest valid service usernames (X8, K4, D4) from a full name transliterated by ELOT 743, "
        + "one per line, best first.",
    footer = {"", "Exit status: 0 suggestions printed, 1 none possible, 2 usage error."})
public final class SuggestUsername implements Callable<Integer> {

  private final Session session;

  @Parameters(arity = "1..*", paramLabel = "FULL NAME",
      description = "The full name, first name first, e.g. \"Μαρία Παπαδοπούλου\" (several words are joined by spaces).")
  private List<String> words;

  @Mixin
  private ProfileOption profile;

  @Option(names = "--taxisnet-user", paramLabel = "ID", description = "The TAXISnet user id, never suggested (D4).")
  private String taxisNetUser;

  @Mixin
  private LanguageOption lang;

  /**
   * Creates the command for a session.
   *
   * @param session where it writes
   */
  public SuggestUsername(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Language language = lang.language(session);
    String name = String.join(" ", words);
    if (name.isBlank()) {
      throw new InputException(language.text("suggest.blank"));
    }
    List<String> suggestions = UsernameSuggestions.suggest(name, profile.policy(), Optional.ofNullable(taxisNetUser));
    suggestions.forEach(session.out()::println);
    if (suggestions.isEmpty()) {
      session.err().println(language.text("suggest.none"));
      return 1;
    }
    return 0;
  }
}
