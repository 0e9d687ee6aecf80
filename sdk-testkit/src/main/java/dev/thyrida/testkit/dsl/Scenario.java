package dev.thyrida.testkit.dsl;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.directory.DirectoryFixture;
import java.util.List;
import java.util.Objects;

/**
 * The given part of a scenario (σενάριο): the directory a command is decided against, the rules'
 * options and the decider. Immutable; {@link #with} and {@link #using} return new scenarios. Start
 * with {@code given(...)}, end with {@link #when(Command)}:
 *
 * <pre>{@code
 * given(fixture.events())
 *     .when(new AddHandler(supervisor, at, mailbox, clerk))
 *     .thenEvents(new HandlerAdded(Actor.of(supervisor), at, mailbox, clerk));
 * }</pre>
 */
public final class Scenario {

  private final List<Event> history;
  private final Directory directory;
  private final GovernanceRules rules;
  private final Decider decider;

  private Scenario(List<Event> history, Directory directory, GovernanceRules rules, Decider decider) {
    this.history = history;
    this.directory = directory;
    this.rules = rules;
    this.decider = decider;
  }

  /**
   * Given the events that happened, replayed onto the empty directory (the event-sourced mode).
   *
   * @param events the events, in order
   * @return the scenario, with the default rules and the standard decider
   */
  public static Scenario given(Event... events) {
    return given(List.of(events));
  }

  /**
   * Given the events that happened, replayed onto the empty directory.
   *
   * @param events the events, in order
   * @return the scenario
   */
  public static Scenario given(List<? extends Event> events) {
    if (events == null || events.stream().anyMatch(Objects::isNull)) {
      throw new InvalidValueException("Scenario", "events are required, without nulls");
    }
    return new Scenario(List.copyOf(events), Directory.replay(events), GovernanceRules.defaults(), Rulebook.standard());
  }

  /**
   * Given a directory as it stands (the state mode).
   *
   * @param directory the directory
   * @return the scenario
   */
  public static Scenario given(Directory directory) {
    if (directory == null) {
      throw new InvalidValueException("Scenario", "directory is required");
    }
    return new Scenario(List.of(), directory, GovernanceRules.defaults(), Rulebook.standard());
  }

  /**
   * Given a directory built by the testkit's builders, with the events that built it.
   *
   * @param fixture e.g. {@code DirectoryBuilder.at(t).kep("KEP-1", k -> k.supervisor().activeMailbox()).build()}
   * @return the scenario
   */
  public static Scenario given(DirectoryFixture fixture) {
    return new Scenario(fixture.events(), fixture.directory(), GovernanceRules.defaults(), Rulebook.standard());
  }

  /**
   * The same scenario decided under other options (phase, maximum administrators, approval).
   *
   * @param options the options
   * @return a new scenario
   */
  public Scenario with(GovernanceRules options) {
    if (options == null) {
      throw new InvalidValueException("Scenario", "rules are required");
    }
    return new Scenario(history, directory, options, decider);
  }

  /**
   * The same scenario decided by another decider, e.g. {@code Decider.of(GovernanceFamily.FAMILY, hostFamily)}.
   *
   * @param other the decider
   * @return a new scenario
   */
  public Scenario using(Decider other) {
    if (other == null) {
      throw new InvalidValueException("Scenario", "decider is required");
    }
    return new Scenario(history, directory, rules, other);
  }

  /**
   * Decides a command against the given directory.
   *
   * @param command the command
   * @return the outcome, to state expectations on
   */
  public Outcome when(Command command) {
    return new Outcome(new Trial(history, directory, rules, decider, decider.apply(command, directory, rules)));
  }

  /**
   * The directory commands are decided against.
   *
   * @return the directory
   */
  public Directory directory() {
    return directory;
  }
}
