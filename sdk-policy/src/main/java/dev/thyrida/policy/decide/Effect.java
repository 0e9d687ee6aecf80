package dev.thyrida.policy.decide;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import java.util.List;

/**
 * What an accepted command causes (αποτέλεσμα): the events, in the order they apply. It runs only
 * when every rule of the command's handling holds, so it may rely on them.
 *
 * @param <C> the kind of command
 */
@FunctionalInterface
public interface Effect<C extends Command> {

  /**
   * The events an accepted command causes; pure.
   *
   * @param command the command
   * @param directory the directory snapshot
   * @param rules the options
   * @return the events in order; possibly empty
   */
  List<? extends Event> events(C command, Directory directory, GovernanceRules rules);
}
