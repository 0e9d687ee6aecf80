package dev.thyrida.core.decision;

import dev.thyrida.core.clause.Clause;

/**
 * A stable code for one way a rule can be broken: the SDK's public contract (κωδικός παράβασης).
 *
 * <p>Implemented by enums, one per rule family (credentials, governance, access); {@link #name()} is
 * the code integrators match on and the key of its message in the bundles.
 */
public interface ViolationCode {

  /**
   * The code, e.g. {@code USERNAME_TOO_SHORT} or {@code MAILBOX_NOT_ACTIVE}.
   *
   * @return the code's stable name
   */
  String name();

  /**
   * The clause the rule behind this code enforces.
   *
   * @return the clause
   */
  Clause clause();
}
