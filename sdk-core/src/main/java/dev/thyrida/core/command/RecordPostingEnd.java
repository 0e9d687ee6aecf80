package dev.thyrida.core.command;

import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Record that a posting ends at an instant (λήξη τοποθέτησης, D8).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param employee the employee
 * @param posting the posting
 * @param validUntil when it ends
 */
@ThyridaStyle
@Value.Builder
public record RecordPostingEnd(
    Principal actor,
    Instant issuedAt,
    TaxId employee,
    PostingId posting,
    Instant validUntil) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RecordPostingEndBuilder builder() {
    return new RecordPostingEndBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param employee the employee
   * @param posting the posting
   * @param validUntil when it ends
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RecordPostingEnd {
    Shape.required("RecordPostingEnd", "actor", actor);
    Shape.required("RecordPostingEnd", "issuedAt", issuedAt);
    Shape.required("RecordPostingEnd", "employee", employee);
    Shape.required("RecordPostingEnd", "posting", posting);
    Shape.required("RecordPostingEnd", "validUntil", validUntil);
  }
}
