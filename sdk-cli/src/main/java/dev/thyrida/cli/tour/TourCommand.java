package dev.thyrida.cli.tour;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.LanguageOption;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code thyrida tour}: a guided walk through the circular on a built-in KEP, every step decided by
 * the SDK's public decider ({@link Rulebook#decide}) with the default rules, so the tour doubles as
 * living documentation: if the SDK ever decides a step otherwise, the tour says so and exits 1.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
    description = "A guided walk through the circular on a built-in KEP, step by step, in Greek or English.",
    footer = {"", "Exit status: 0 every step decided as the circular expects, 1 otherwise, 2 usage error."})
public final class TourCommand implements Callable<Integer> {

  private final Session session;

  @Mixin
  private LanguageOption lang;

  /**
   * Creates the command for a session.
   *
   * @param session where it writes
   */
  public TourCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Language language = lang.language(session);
    Narrator narrator = new Narrator(language, session.out());
    GovernanceRules rules = GovernanceRules.defaults();
    Directory directory = Directory.empty();
    int surprises = 0;
    narrator.opening();
    List<Chapter> chapters = Walk.chapters();
    for (int i = 0; i < chapters.size(); i++) {
      Chapter chapter = chapters.get(i);
      narrator.chapter(i, chapter);
      for (Step step : chapter.steps()) {
        Decision decision = Rulebook.decide(step.command(), directory, rules);
        narrator.step(step, decision, directory);
        directory = directory.evolveAll(decision.events());
        surprises += decision.isAccepted() == step.accepted() ? 0 : 1;
      }
      narrator.facts();
      if (chapter.aboutTheMailbox()) {
        narrator.mailbox(directory);
      }
    }
    narrator.closing(surprises);
    return surprises == 0 ? 0 : 1;
  }
}
