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
 * An administrator designation awaits the Ministry's approval (ορισμός διαχειριστή σε αναμονή έγκρισης, X3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param incoming the incoming administrator
 * @param designatedBy who designated them
 */
@ThyridaStyle
@Value.Builder
public record DesignationAwaitingApproval(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId incoming,
    TaxId designatedBy) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.designation-awaiting-approval";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static DesignationAwaitingApprovalBuilder builder() {
    return new DesignationAwaitingApprovalBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param incoming the incoming administrator
   * @param designatedBy who designated them
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public DesignationAwaitingApproval {
    Shape.required("DesignationAwaitingApproval", "actor", actor);
    Shape.required("DesignationAwaitingApproval", "at", at);
    Shape.required("DesignationAwaitingApproval", "mailbox", mailbox);
    Shape.required("DesignationAwaitingApproval", "incoming", incoming);
    Shape.required("DesignationAwaitingApproval", "designatedBy", designatedBy);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.X3;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
