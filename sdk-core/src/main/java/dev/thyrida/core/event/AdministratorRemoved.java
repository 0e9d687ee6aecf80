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
 * An administrator lost the role because they lost public-servant status (αφαιρέθηκε διαχειριστής, D6).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param administrator the administrator
 */
@ThyridaStyle
@Value.Builder
public record AdministratorRemoved(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId administrator) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.administrator-removed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AdministratorRemovedBuilder builder() {
    return new AdministratorRemovedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param administrator the administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AdministratorRemoved {
    Shape.required("AdministratorRemoved", "actor", actor);
    Shape.required("AdministratorRemoved", "at", at);
    Shape.required("AdministratorRemoved", "mailbox", mailbox);
    Shape.required("AdministratorRemoved", "administrator", administrator);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.D6;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
