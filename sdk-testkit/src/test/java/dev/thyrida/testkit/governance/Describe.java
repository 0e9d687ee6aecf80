package dev.thyrida.testkit.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.policy.explain.Explanations;
import java.util.List;
import java.util.Locale;

/** How a drawn command reads in a failure story: its kind, then the explanation's request sentence. */
final class Describe {

  private Describe() {}

  static String command(Command command) {
    return command.getClass().getSimpleName() + ": "
        + Explanations.explain(Decision.accept(command, List.of()), Locale.ENGLISH).request();
  }
}
