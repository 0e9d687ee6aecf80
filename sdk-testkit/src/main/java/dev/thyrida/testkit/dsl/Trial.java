package dev.thyrida.testkit.dsl;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import java.util.List;

/** What a scenario decided: its inputs and the decision, kept together to explain a failure. */
record Trial(List<Event> history, Directory directory, GovernanceRules rules, Decider decider, Decision decision) {

  /** The directory after the decision's events; the given one when rejected. */
  Directory after() {
    return directory.evolveAll(decision.events());
  }
}
