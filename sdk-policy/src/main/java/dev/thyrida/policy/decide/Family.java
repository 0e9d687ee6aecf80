package dev.thyrida.policy.decide;

import dev.thyrida.core.identity.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * A family of rules (οικογένεια κανόνων): the handlings one area contributes to the {@link Decider},
 * e.g. mailbox governance (C1–C10) or access, accounts and requests (L26, K8).
 *
 * @param name the family's name, e.g. {@code governance}
 * @param handlings its handlings, at most one per kind of command
 */
public record Family(String name, List<Handling<?>> handlings) {

  /**
   * Checks both components and freezes the handlings.
   *
   * @param name the name
   * @param handlings the handlings
   * @throws InvalidValueException when one is missing
   */
  public Family {
    if (name == null || name.isBlank() || handlings == null || handlings.stream().anyMatch(Objects::isNull)) {
      throw new InvalidValueException("Family", "a name and handlings (without nulls) are required");
    }
    handlings = List.copyOf(handlings);
  }

  /**
   * A family from its handlings.
   *
   * @param name the name
   * @param handlings the handlings
   * @return the family
   */
  public static Family of(String name, Handling<?>... handlings) {
    return new Family(name, List.of(handlings));
  }
}
