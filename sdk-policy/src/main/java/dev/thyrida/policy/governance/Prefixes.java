package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every handling starts with, by who may act: an employee (authenticated, not by personal
 * TAXISnet in production, an employee, in service), the host system, or the Ministry.
 */
final class Prefixes {

  private Prefixes() {}

  /** The first rules of a mailbox action by an employee; C4 for the Ministry when it touches users. */
  static List<Rule<Command>> employee(boolean usersOfMailbox) {
    return List.of(new ActorAuthenticated(), new NoPersonalTaxisNetInProduction(),
        new ActorIsEmployee(usersOfMailbox), new ActorInService());
  }

  /** The first rules of an HR or setup fact. */
  static List<Rule<Command>> host() {
    return List.of(new ActorAuthenticated(), new ActorIsHost());
  }

  /** The first rules of a Ministry command (D7 recovery, X3 approval). */
  static List<Rule<Command>> ministry(Clause clause) {
    return List.of(new ActorAuthenticated(), new ActorIsMinistry(clause));
  }

  /** A prefix followed by a command's own rules, in order. */
  @SafeVarargs
  static <C extends Command> List<Rule<? super C>> then(List<Rule<Command>> prefix, Rule<? super C>... own) {
    List<Rule<? super C>> all = new ArrayList<>(prefix);
    all.addAll(List.of(own));
    return all;
  }

  /** The acting person's tax id; present for every principal the prefixes let through. */
  static TaxId actorOf(Command command) {
    return command.actor().taxId().orElseThrow();
  }
}
