package dev.thyrida.core.request;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import java.time.Instant;

/**
 * Where a citizen's request stands (κατάσταση αιτήματος): submitted, assigned to a handler,
 * completed with a document, or rejected (C1, L26-2, X2).
 */
public sealed interface RequestState
    permits RequestState.Submitted, RequestState.Assigned, RequestState.Completed, RequestState.Rejected {

  /**
   * Tells whether the request is closed (completed or rejected).
   *
   * @return true when no further work is done on it
   */
  boolean isClosed();

  /** Submitted, waiting for a handler (υποβλήθηκε). */
  record Submitted() implements RequestState {
    @Override
    public boolean isClosed() {
      return false;
    }
  }

  /**
   * Assigned to, or taken on by, a handler (ανατέθηκε, X2).
   *
   * @param handler the handler's tax id
   * @param at when
   */
  record Assigned(TaxId handler, Instant at) implements RequestState {
    /**
     * Checks both components are present.
     *
     * @param handler the handler
     * @param at the instant
     */
    public Assigned {
      Shape.required("RequestState.Assigned", "handler", handler);
      Shape.required("RequestState.Assigned", "at", at);
    }

    @Override
    public boolean isClosed() {
      return false;
    }
  }

  /**
   * Completed with a public document placed in the citizen's mailbox (ολοκληρώθηκε, L26-2).
   *
   * @param handler the handler who completed it
   * @param document the document answering it
   * @param at when
   */
  record Completed(TaxId handler, DocumentId document, Instant at) implements RequestState {
    /**
     * Checks every component is present.
     *
     * @param handler the handler
     * @param document the document
     * @param at the instant
     */
    public Completed {
      Shape.required("RequestState.Completed", "handler", handler);
      Shape.required("RequestState.Completed", "document", document);
      Shape.required("RequestState.Completed", "at", at);
    }

    @Override
    public boolean isClosed() {
      return true;
    }
  }

  /**
   * Rejected by a handler, with the reason (απορρίφθηκε, X2).
   *
   * @param handler the handler who rejected it
   * @param reason the reason: a code or short text; not blank, no control characters
   * @param at when
   */
  record Rejected(TaxId handler, String reason, Instant at) implements RequestState {
    /** The longest reason, in code points. */
    public static final int MAX_REASON = 1000;

    /**
     * Checks the components.
     *
     * @param handler the handler
     * @param reason the reason
     * @param at the instant
     */
    public Rejected {
      Shape.required("RequestState.Rejected", "handler", handler);
      Shape.text("RequestState.Rejected", "reason", reason, MAX_REASON);
      Shape.required("RequestState.Rejected", "at", at);
    }

    @Override
    public boolean isClosed() {
      return true;
    }
  }
}
