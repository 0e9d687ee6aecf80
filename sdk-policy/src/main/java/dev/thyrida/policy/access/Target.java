package dev.thyrida.policy.access;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;

/**
 * What an action is aimed at (αντικείμενο πρόσβασης): a mailbox, a request (standing for the KEP
 * mailbox it was sent to), a document (standing for its holder's mailbox) or an employee (standing
 * for their agency, whose administrators authorise them) (L26-1, L26-3, X2, X5).
 */
public sealed interface Target permits Target.OfMailbox, Target.OfRequest, Target.OfDocument, Target.OfEmployee {

  /**
   * A mailbox as the target.
   *
   * @param mailbox the mailbox's id
   * @return the target
   */
  static Target mailbox(MailboxId mailbox) {
    return new OfMailbox(mailbox);
  }

  /**
   * A request as the target: access to it is access to the KEP mailbox it was sent to.
   *
   * @param request the request's id
   * @return the target
   */
  static Target request(RequestId request) {
    return new OfRequest(request);
  }

  /**
   * A document as the target: access to it is access to its holder's mailbox.
   *
   * @param document the document's id
   * @return the target
   */
  static Target document(DocumentId document) {
    return new OfDocument(document);
  }

  /**
   * An employee as the target: access to their authorisations is their agency's (K8, X5).
   *
   * @param person the employee's tax id
   * @return the target
   */
  static Target employee(TaxId person) {
    return new OfEmployee(person);
  }

  /**
   * A mailbox (θυρίδα).
   *
   * @param mailbox the mailbox's id
   */
  record OfMailbox(MailboxId mailbox) implements Target {
    /**
     * Checks the id is present.
     *
     * @param mailbox the mailbox's id
     */
    public OfMailbox {
      Presence.required("Target.OfMailbox", "mailbox", mailbox);
    }
  }

  /**
   * A citizen's request (αίτημα).
   *
   * @param request the request's id
   */
  record OfRequest(RequestId request) implements Target {
    /**
     * Checks the id is present.
     *
     * @param request the request's id
     */
    public OfRequest {
      Presence.required("Target.OfRequest", "request", request);
    }
  }

  /**
   * A document in a person's mailbox (έγγραφο).
   *
   * @param document the document's id
   */
  record OfDocument(DocumentId document) implements Target {
    /**
     * Checks the id is present.
     *
     * @param document the document's id
     */
    public OfDocument {
      Presence.required("Target.OfDocument", "document", document);
    }
  }

  /**
   * An employee, whose authorisations their agency administers (υπάλληλος, K8, X5).
   *
   * @param person the employee's tax id
   */
  record OfEmployee(TaxId person) implements Target {
    /**
     * Checks the tax id is present.
     *
     * @param person the employee's tax id
     */
    public OfEmployee {
      Presence.required("Target.OfEmployee", "person", person);
    }
  }
}
