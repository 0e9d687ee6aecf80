package dev.thyrida.core.request;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A document kept in a person's mailbox (έγγραφο θυρίδας): who holds it, where it came from, when
 * it was issued and how long it is kept (L26-1, L26-2, X1).
 *
 * @param id the document's id
 * @param holder the person whose mailbox keeps it
 * @param origin issued by the person, or by an agency answering a request
 * @param issuedAt when it was issued
 * @param retention how long it is kept
 */
@ThyridaStyle
@Value.Builder
public record Document(DocumentId id, TaxId holder, DocumentOrigin origin, Instant issuedAt, Retention retention) {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static DocumentBuilder builder() {
    return new DocumentBuilder();
  }

  /**
   * Checks every component is present.
   *
   * @param id the id
   * @param holder the holder
   * @param origin the origin
   * @param issuedAt the issue instant
   * @param retention the retention
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public Document {
    Shape.required("Document", "id", id);
    Shape.required("Document", "holder", holder);
    Shape.required("Document", "origin", origin);
    Shape.required("Document", "issuedAt", issuedAt);
    Shape.required("Document", "retention", retention);
  }

  /**
   * A document just issued, kept for the default 30 days (X1).
   *
   * @param id the id
   * @param holder the holder
   * @param origin the origin
   * @param issuedAt the issue instant
   * @return the document
   */
  public static Document issued(DocumentId id, TaxId holder, DocumentOrigin origin, Instant issuedAt) {
    return new Document(id, holder, origin, issuedAt, Retention.standard(issuedAt));
  }

  /**
   * This document kept until a later instant, at the holder's choice (X1).
   *
   * @param keepUntil the new keep-until instant
   * @return a copy with an extended retention
   */
  public Document extendedUntil(Instant keepUntil) {
    return new Document(id, holder, origin, issuedAt, new Retention(keepUntil, true));
  }
}
