package dev.thyrida.core.request;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A citizen's request to a KEP mailbox (αίτημα πολίτη), and where it stands (C1, L26-2, X2).
 *
 * @param id the request's id
 * @param citizen the citizen's tax id
 * @param mailbox the KEP mailbox it was sent to
 * @param submittedAt when it was submitted
 * @param state where it stands
 */
@ThyridaStyle
@Value.Builder
public record CitizenRequest(
    RequestId id, TaxId citizen, MailboxId mailbox, Instant submittedAt, RequestState state) {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static CitizenRequestBuilder builder() {
    return new CitizenRequestBuilder();
  }

  /**
   * Checks every component is present.
   *
   * @param id the id
   * @param citizen the citizen
   * @param mailbox the mailbox
   * @param submittedAt the submission instant
   * @param state the state
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public CitizenRequest {
    Shape.required("CitizenRequest", "id", id);
    Shape.required("CitizenRequest", "citizen", citizen);
    Shape.required("CitizenRequest", "mailbox", mailbox);
    Shape.required("CitizenRequest", "submittedAt", submittedAt);
    Shape.required("CitizenRequest", "state", state);
  }

  /**
   * A newly submitted request.
   *
   * @param id the id
   * @param citizen the citizen
   * @param mailbox the mailbox
   * @param submittedAt the instant
   * @return the request, {@link RequestState.Submitted}
   */
  public static CitizenRequest submitted(RequestId id, TaxId citizen, MailboxId mailbox, Instant submittedAt) {
    return new CitizenRequest(id, citizen, mailbox, submittedAt, new RequestState.Submitted());
  }

  /**
   * This request in another state.
   *
   * @param newState the state
   * @return a copy in that state
   */
  public CitizenRequest withState(RequestState newState) {
    return new CitizenRequest(id, citizen, mailbox, submittedAt, newState);
  }
}
