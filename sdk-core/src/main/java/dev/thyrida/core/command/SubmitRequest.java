package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Submit the acting citizen's request to a KEP mailbox (υποβολή αιτήματος, C1, L26-3).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the new request's id
 * @param mailbox the KEP mailbox
 */
@ThyridaStyle
@Value.Builder
public record SubmitRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    MailboxId mailbox) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static SubmitRequestBuilder builder() {
    return new SubmitRequestBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param request the new request's id
   * @param mailbox the KEP mailbox
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public SubmitRequest {
    Shape.required("SubmitRequest", "actor", actor);
    Shape.required("SubmitRequest", "issuedAt", issuedAt);
    Shape.required("SubmitRequest", "request", request);
    Shape.required("SubmitRequest", "mailbox", mailbox);
  }
}
