package dev.thyrida.core.command;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Complete a request with the document that answers it (ολοκλήρωση αιτήματος, L26-2, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the request
 * @param document the document answering it
 */
public record CompleteRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    DocumentId document) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param request the request
   * @param document the document answering it
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public CompleteRequest {
    Shape.required("CompleteRequest", "actor", actor);
    Shape.required("CompleteRequest", "issuedAt", issuedAt);
    Shape.required("CompleteRequest", "request", request);
    Shape.required("CompleteRequest", "document", document);
  }
}
