package dev.thyrida.core.command;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

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
public record PlacePublicDocument(
    Principal actor,
    Instant issuedAt,
    DocumentId document,
    TaxId holder,
    AgencyId agency,
    RequestId answering) implements Command {

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
