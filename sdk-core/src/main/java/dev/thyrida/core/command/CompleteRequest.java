package dev.thyrida.core.command;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Complete a request with the document that answers it (ολοκλήρωση αιτήματος, L26-2, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param request the request
 * @param document the document answering it
 */
@ThyridaStyle
@Value.Builder
public record CompleteRequest(
    Principal actor,
    Instant issuedAt,
    RequestId request,
    DocumentId document) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static CompleteRequestBuilder builder() {
    return new CompleteRequestBuilder();
  }

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
