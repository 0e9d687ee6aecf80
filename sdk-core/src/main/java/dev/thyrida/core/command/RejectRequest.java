package dev.thyrida.core.command;

import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Reject a request, with the reason (απόρριψη αιτήματος, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the request
 * @param reason the reason, a code or short text
 */
@ThyridaStyle
@Value.Builder
public record RejectRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    String reason) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RejectRequestBuilder builder() {
    return new RejectRequestBuilder();
  }

  /**
   * Checks every component is present and well-formed (text: not blank, no control characters, no surrounding white space, bounded in length).
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param request the request
   * @param reason the reason, a code or short text
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RejectRequest {
    Shape.required("RejectRequest", "actor", actor);
    Shape.required("RejectRequest", "issuedAt", issuedAt);
    Shape.required("RejectRequest", "request", request);
    Shape.text("RejectRequest", "reason", reason, dev.thyrida.core.request.RequestState.Rejected.MAX_REASON);
  }
}
