package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Submit the acting citizen's request to a KEP mailbox (υποβολή αιτήματος, C1, L26-3).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the new request's id
 * @param mailbox the KEP mailbox
 */
public record SubmitRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    MailboxId mailbox) implements Command {

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
