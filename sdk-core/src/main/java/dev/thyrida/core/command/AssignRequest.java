package dev.thyrida.core.command;

import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Assign a request to a specific handler, as an administrator (ανάθεση αιτήματος, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the request
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record AssignRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    TaxId handler) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AssignRequestBuilder builder() {
    return new AssignRequestBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param request the request
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AssignRequest {
    Shape.required("AssignRequest", "actor", actor);
    Shape.required("AssignRequest", "issuedAt", issuedAt);
    Shape.required("AssignRequest", "request", request);
    Shape.required("AssignRequest", "handler", handler);
  }
}
