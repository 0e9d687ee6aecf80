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
 * The outgoing administrator of a mailbox was deactivated by the incoming one (απενεργοποιήθηκε διαχειριστής, C7).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param administrator the outgoing administrator
 */
@ThyridaStyle
@Value.Builder
public record AdministratorDeactivated(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId administrator) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.administrator-deactivated";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AdministratorDeactivatedBuilder builder() {
    return new AdministratorDeactivatedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param administrator the outgoing administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AdministratorDeactivated {
    Shape.required("AdministratorDeactivated", "actor", actor);
    Shape.required("AdministratorDeactivated", "at", at);
    Shape.required("AdministratorDeactivated", "mailbox", mailbox);
    Shape.required("AdministratorDeactivated", "administrator", administrator);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C7;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
