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
 * The Ministry designated an administrator of a mailbox left without one, with a reason (ανάκτηση διαχείρισης, D7).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param administrator the administrator
 * @param reason why, in words
 */
@ThyridaStyle
@Value.Builder
public record AdministratorRecovered(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId administrator,
    String reason) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.administrator-recovered";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AdministratorRecoveredBuilder builder() {
    return new AdministratorRecoveredBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param administrator the administrator
   * @param reason why, in words
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AdministratorRecovered {
    Shape.required("AdministratorRecovered", "actor", actor);
    Shape.required("AdministratorRecovered", "at", at);
    Shape.required("AdministratorRecovered", "mailbox", mailbox);
    Shape.required("AdministratorRecovered", "administrator", administrator);
    Shape.text("AdministratorRecovered", "reason", reason, 1000);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.D7;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
