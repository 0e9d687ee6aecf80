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
 * The Ministry approved a pending designation; an AdministratorDesignated event follows it (εγκρίθηκε ο ορισμός, X3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param incoming the incoming administrator
 */
@ThyridaStyle
@Value.Builder
public record DesignationApproved(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId incoming) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.designation-approved";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static DesignationApprovedBuilder builder() {
    return new DesignationApprovedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param incoming the incoming administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public DesignationApproved {
    Shape.required("DesignationApproved", "actor", actor);
    Shape.required("DesignationApproved", "at", at);
    Shape.required("DesignationApproved", "mailbox", mailbox);
    Shape.required("DesignationApproved", "incoming", incoming);
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
