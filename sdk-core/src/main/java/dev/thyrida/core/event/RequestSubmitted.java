package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A citizen submitted a request to a KEP mailbox (υποβλήθηκε αίτημα, L26-3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param request the request
 * @param citizen the citizen
 * @param mailbox the KEP mailbox
 */
@ThyridaStyle
@Value.Builder
public record RequestSubmitted(
    Actor actor,
    Instant at,
    RequestId request,
    TaxId citizen,
    MailboxId mailbox) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "request.submitted";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RequestSubmittedBuilder builder() {
    return new RequestSubmittedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param request the request
   * @param citizen the citizen
   * @param mailbox the KEP mailbox
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RequestSubmitted {
    Shape.required("RequestSubmitted", "actor", actor);
    Shape.required("RequestSubmitted", "at", at);
    Shape.required("RequestSubmitted", "request", request);
    Shape.required("RequestSubmitted", "citizen", citizen);
    Shape.required("RequestSubmitted", "mailbox", mailbox);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.L26_3;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
