package dev.thyrida.core.command;

import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Take on a request, as a handler (ανάληψη αιτήματος, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the request
 */
public record TakeRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param request the request
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public TakeRequest {
    Shape.required("TakeRequest", "actor", actor);
    Shape.required("TakeRequest", "issuedAt", issuedAt);
    Shape.required("TakeRequest", "request", request);
  }
}
