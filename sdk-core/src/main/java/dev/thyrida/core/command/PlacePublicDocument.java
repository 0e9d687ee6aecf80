package dev.thyrida.core.command;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Place a public document an agency issued into a person's mailbox, answering their request (αποστολή δημοσίου εγγράφου, L26-1, L26-2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param document the new document's id
 * @param holder the person whose mailbox receives it
 * @param agency the issuing agency
 * @param answering the request it answers
 */
@ThyridaStyle
@Value.Builder
public record PlacePublicDocument(
    Principal actor,
    Instant issuedAt,
    DocumentId document,
    TaxId holder,
    AgencyId agency,
    RequestId answering) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static PlacePublicDocumentBuilder builder() {
    return new PlacePublicDocumentBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param document the new document's id
   * @param holder the person whose mailbox receives it
   * @param agency the issuing agency
   * @param answering the request it answers
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public PlacePublicDocument {
    Shape.required("PlacePublicDocument", "actor", actor);
    Shape.required("PlacePublicDocument", "issuedAt", issuedAt);
    Shape.required("PlacePublicDocument", "document", document);
    Shape.required("PlacePublicDocument", "holder", holder);
    Shape.required("PlacePublicDocument", "agency", agency);
    Shape.required("PlacePublicDocument", "answering", answering);
  }
}
