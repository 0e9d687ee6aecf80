package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decider (αποφασίζων): {@code apply(command, directory, rules) -> decision} and {@code
 * evolve(directory, event) -> directory}, both pure. Time is the command's own instant, never before
 * the directory's (D10).
 *
 * <p>{@link #apply} is total: a command no family handles is rejected with {@link
 * DecideCode#COMMAND_NOT_HANDLED}; otherwise its handling collects every violation of its ordered
 * rules, or yields the events. The kernel knows no family: a decider is composed of the families it
 * is given ({@link #of}); the SDK's standard one is {@code dev.thyrida.policy.rulebook.Rulebook}.
 */
public final class Decider {

  private final List<Family> families;
  private final Map<Class<?>, Handling<?>> byKind;

  private Decider(List<Family> families, Map<Class<?>, Handling<?>> byKind) {
    this.families = families;
    this.byKind = byKind;
  }

  /**
   * A decider composed of families.
   *
   * @param families the families; no two may handle the same kind of command
   * @return the decider
   * @throws InvalidValueException when two handlings claim the same kind
   */
  public static Decider of(Family... families) {
    Map<Class<?>, Handling<?>> byKind = new LinkedHashMap<>();
    for (Family family : families) {
      for (Handling<?> handling : family.handlings()) {
        if (byKind.putIfAbsent(handling.kind(), handling) != null) {
          throw new InvalidValueException("Decider", handling.kind().getSimpleName() + " is handled twice");
        }
      }
    }
    return new Decider(List.of(families), byKind);
  }

  /**
   * The directory after an event (delegates to {@link Directory#evolve(Event)}).
   *
   * @param directory the directory
   * @param event the event
   * @return the new directory
   */
  public static Directory evolve(Directory directory, Event event) {
    if (directory == null) {
      throw new InvalidValueException("Decider", "directory is required");
    }
    return directory.evolve(event);
  }

  /**
   * Decides a command with this decider's families.
   *
   * @param command the command
   * @param directory the directory snapshot
   * @param rules the options
   * @return the decision
   * @throws InvalidValueException when an argument is missing
   */
  public Decision apply(Command command, Directory directory, GovernanceRules rules) {
    if (command == null || directory == null || rules == null) {
      throw new InvalidValueException("Decider", "command, directory and rules are required");
    }
    Handling<?> handling = byKind.get(command.getClass());
    if (handling == null) {
      return Decision.reject(command, List.of(
          Violation.of(DecideCode.COMMAND_NOT_HANDLED, "command", command.getClass().getSimpleName())));
    }
    return handling.decide(command, directory, rules);
  }

  /**
   * The kinds of command this decider handles.
   *
   * @return the command classes, in registration order
   */
  public Set<Class<?>> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }

  /**
   * The handling of a kind of command.
   *
   * @param kind the command class
   * @return the handling, or empty when no family handles it
   */
  public Optional<Handling<?>> handling(Class<? extends Command> kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /**
   * The families, in registration order.
   *
   * @return an unmodifiable list
   */
  public List<Family> families() {
    return families;
  }
}
