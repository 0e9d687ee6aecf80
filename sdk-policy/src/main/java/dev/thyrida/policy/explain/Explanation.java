package dev.thyrida.policy.explain;

import java.util.List;
import java.util.Objects;

/**
 * A decision told to a person (επεξήγηση απόφασης): what was asked and by whom, whether it was
 * accepted, and then either each change or each refusing rule with its code and clause.
 *
 * @param request what was asked, by whom and when, in one sentence
 * @param accepted whether the command was accepted
 * @param outcome the heading of the details: accepted with changes, accepted with none, or refused
 * @param details one line per event of an accepted decision, or per violation of a rejected one
 */
public record Explanation(String request, boolean accepted, String outcome, List<String> details) {

  /**
   * Checks the components and freezes the details.
   *
   * @param request the request sentence
   * @param accepted whether accepted
   * @param outcome the heading
   * @param details the lines
   */
  public Explanation {
    Objects.requireNonNull(request, "Explanation: request is required");
    Objects.requireNonNull(outcome, "Explanation: outcome is required");
    details = List.copyOf(details);
  }

  /**
   * The whole explanation as text: the request, the outcome, then each detail on its own line.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String text() {
    StringBuilder text = new StringBuilder(request).append('\n').append(outcome);
    details.forEach(line -> text.append("\n- ").append(line));
    return text.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
