package dev.thyrida.policy.casework;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.Retention;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How long a mailbox keeps a document (χρόνος διατήρησης, X1 §2): the standard term from issue (30
 * days by default), or until the instant the holder chose, never beyond the longest term from issue
 * (5 years by default, counted in calendar years in UTC). It tells the host which documents are due
 * for deletion at an instant; the host deletes them.
 *
 * @param standard how long a document is kept unless its holder chose otherwise
 * @param longest the longest a holder may choose, from issue
 */
public record RetentionSchedule(Duration standard, Period longest) {

  private static final RetentionSchedule DEFAULTS =
      new RetentionSchedule(Retention.DEFAULT, Period.ofYears(Retention.MAX_YEARS));

  /**
   * Checks both terms are present and positive, and the longest is at least the standard one.
   *
   * @param standard the standard term
   * @param longest the longest term
   * @throws InvalidValueException when a term is missing, not positive, or the longest is shorter
   */
  public RetentionSchedule {
    if (standard == null || longest == null) {
      throw new InvalidValueException("RetentionSchedule", "both terms are required");
    }
    if (standard.isNegative() || standard.isZero() || longest.isNegative() || longest.isZero()) {
      throw new InvalidValueException("RetentionSchedule", "both terms are positive");
    }
    if (Instant.EPOCH.plus(standard).isAfter(Instant.EPOCH.atOffset(ZoneOffset.UTC).plus(longest).toInstant())) {
      throw new InvalidValueException("RetentionSchedule", "the longest term is at least the standard one");
    }
  }

  /**
   * The terms of X1: 30 days, or up to 5 years where the holder so chose.
   *
   * @return the default schedule
   */
  public static RetentionSchedule defaults() {
    return DEFAULTS;
  }

  /**
   * The latest instant a holder may keep a document issued at an instant until (X1).
   *
   * @param issuedAt when the document was issued
   * @return the issue instant plus the longest term, in UTC
   */
  public Instant latestKeepUntil(Instant issuedAt) {
    return issuedAt.atOffset(ZoneOffset.UTC).plus(longest).toInstant();
  }

  /**
   * When a document becomes due for deletion: the holder's chosen instant, capped at the longest term,
   * when extended; otherwise the standard term after issue (X1).
   *
   * @param document the document
   * @return the instant from which it is due
   */
  public Instant deletionDue(Document document) {
    if (document.retention().extended()) {
      Instant latest = latestKeepUntil(document.issuedAt());
      Instant chosen = document.retention().keepUntil();
      return chosen.isAfter(latest) ? latest : chosen;
    }
    return document.issuedAt().plus(standard);
  }

  /**
   * Tells whether a document is due for deletion at an instant: at or after its due instant.
   *
   * @param document the document
   * @param at the instant
   * @return true when due
   */
  public boolean isDue(Document document, Instant at) {
    return !at.isBefore(deletionDue(document));
  }

  /**
   * The documents due for deletion at an instant, in the order given (X1).
   *
   * @param documents the documents to judge
   * @param at the instant
   * @return the due documents
   */
  public List<Document> dueForDeletion(Collection<Document> documents, Instant at) {
    return documents.stream().filter(document -> isDue(document, at)).collect(Collectors.toUnmodifiableList());
  }
}
