package dev.thyrida.core.command;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Issue a document through gov.gr into the acting person's own mailbox (έκδοση εγγράφου από το πρόσωπο, L26-1).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param document the new document's id
 */
public record IssuePersonalDocument(
    Principal actor,
    Instant issuedAt,
    DocumentId document) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param document the new document's id
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public IssuePersonalDocument {
    Shape.required("IssuePersonalDocument", "actor", actor);
    Shape.required("IssuePersonalDocument", "issuedAt", issuedAt);
    Shape.required("IssuePersonalDocument", "document", document);
  }
}
