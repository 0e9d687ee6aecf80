package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.explain.Explanations;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.ActionSource;
import dev.thyrida.testkit.property.Transition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drawn commands as steps of a stateful property (εντολές σε ακολουθία): each is decided with the
 * standard {@link Decider} under the given rules, its accepted events are applied, and the clock
 * moves on a minute; the step is labelled {@code "<Kind> accepted"} or {@code "<Kind> rejected"} and
 * {@code "<Kind> refused <CODE>"} for each code of a rejection, for {@link
 * dev.thyrida.testkit.property.StatefulProperty#requireCoverage}.
 */
public final class DecidedCommands {

  /** How far the clock moves after each decided command. */
  public static final Duration STEP = Duration.ofMinutes(1);

  private DecidedCommands() {}

  /**
   * A source of decided commands drawn from the mix.
   *
   * @param mix the kinds and their weights
   * @param rules the rules every command is decided under
   * @return the action source
   */
  public static ActionSource<Scene> from(CommandMix mix, GovernanceRules rules) {
    return from(mix, rules, StepCheck.NONE);
  }

  /**
   * A source of decided commands drawn from the mix, each step checked before it is applied.
   *
   * @param mix the kinds and their weights
   * @param rules the rules every command is decided under
   * @param check the step's own check
   * @return the action source
   */
  public static ActionSource<Scene> from(CommandMix mix, GovernanceRules rules, StepCheck check) {
    return (scene, random) -> action(mix.draw(scene, random), rules, check);
  }

  /**
   * One decided command as an action.
   *
   * @param command the command, issued at the scene's instant
   * @param rules the rules it is decided under
   * @param check the step's own check
   * @return the action
   */
  public static Action<Scene> action(Command command, GovernanceRules rules, StepCheck check) {
    return Action.of(describe(command), scene -> {
      Decision decision = Rulebook.decide(command, scene.directory(), rules);
      check.check(scene.directory(), decision);
      Scene next = new Scene(scene.directory().evolveAll(decision.events()), scene.now().plus(STEP));
      return new Transition<>(next, labels(command, decision));
    });
  }

  /**
   * The coverage labels of a decided command: {@code "<Kind> accepted"} or {@code "<Kind> rejected"},
   * then {@code "<Kind> refused <CODE>"} for each distinct code of a rejection.
   *
   * @param command the command
   * @param decision its decision
   * @return the labels
   */
  public static List<String> labels(Command command, Decision decision) {
    String kind = command.getClass().getSimpleName();
    List<String> labels = new ArrayList<>();
    labels.add(kind + (decision.isAccepted() ? " accepted" : " rejected"));
    decision.codes().stream().map(code -> kind + " refused " + code.name()).distinct().forEach(labels::add);
    return labels;
  }

  /**
   * How a drawn command reads in a failure story: its kind, then the explanation's request sentence.
   *
   * @param command the command
   * @return the description
   */
  public static String describe(Command command) {
    return command.getClass().getSimpleName() + ": "
        + Explanations.explain(Decision.accept(command, List.of()), Locale.ENGLISH).request();
  }
}
