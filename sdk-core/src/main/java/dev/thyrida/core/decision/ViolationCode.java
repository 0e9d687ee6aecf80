package dev.thyrida.core.decision;

import dev.thyrida.core.clause.Clause;
import java.util.List;

/**
 * A stable code for one way a rule can be broken: the SDK's public contract (κωδικός παράβασης).
 *
 * <p>Implemented by enums, one per rule family (credentials, governance, access); {@link #name()} is
 * the code integrators match on and the key of its message in the bundles. Names are unique across
 * every code enum of the SDK, and each code cites exactly one clause: every violation with the code
 * cites {@link #clause()}.
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

  /**
   * The names of the parameters a violation with this code may carry, in their order; each is
   * a {@code {name}} placeholder its messages may use. The same thing has one name in every code:
   * {@code person} for a tax id, {@code mailbox}, {@code kep}, {@code principal}, …
   *
   * @return the names; empty when the code has none
   */
  List<String> parameters();
}
