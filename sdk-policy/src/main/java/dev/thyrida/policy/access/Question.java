package dev.thyrida.policy.access;

import dev.thyrida.core.principal.Principal;
import java.util.List;

/**
 * An access question (ερώτημα πρόσβασης): who asks to take which action on which targets. A bare
 * question to {@link Access#decide} has one target; a command's question comes from {@link
 * CommandAccess}, with none (e.g. an HR fact), one, or two (moving a user between mailboxes).
 *
 * @param principal who asks, as the host authenticated them
 * @param action what they ask to do
 * @param targets what they aim at, in order
 */
public record Question(Principal principal, Action action, List<Target> targets) {

  /**
   * Checks the components are present and freezes the targets.
   *
   * @param principal who asks
   * @param action the action
   * @param targets the targets
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public Question {
    Presence.required("Question", "principal", principal);
    Presence.required("Question", "action", action);
    targets = List.copyOf(Presence.required("Question", "targets", targets));
  }
}
