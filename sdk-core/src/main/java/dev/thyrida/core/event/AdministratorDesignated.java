package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An administrator of a mailbox was designated (ορίστηκε διαχειριστής).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param administrator the administrator
 * @param clause the clause enacted: C1 or C10 on activation, C7 on a handover, X3 after approval
 */
@ThyridaStyle
@Value.Builder
public record AdministratorDesignated(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId administrator,
    Clause clause) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.administrator-designated";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AdministratorDesignatedBuilder builder() {
    return new AdministratorDesignatedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param administrator the administrator
   * @param clause the clause enacted: C1 or C10 on activation, C7 on a handover, X3 after approval
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AdministratorDesignated {
    Shape.required("AdministratorDesignated", "actor", actor);
    Shape.required("AdministratorDesignated", "at", at);
    Shape.required("AdministratorDesignated", "mailbox", mailbox);
    Shape.required("AdministratorDesignated", "administrator", administrator);
    Shape.required("AdministratorDesignated", "clause", clause);
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
