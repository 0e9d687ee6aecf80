package dev.thyrida.core.request;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;

/**
 * Where a document in a mailbox came from (προέλευση εγγράφου): issued by the person through
 * gov.gr, or a public document an agency issued at the person's request (L26-1, L26-2).
 */
public sealed interface DocumentOrigin permits DocumentOrigin.IssuedByPerson, DocumentOrigin.IssuedByAgency {

  /** Issued by the natural person through gov.gr (L26-1 a). */
  record IssuedByPerson() implements DocumentOrigin {}

  /**
   * A public document issued by an agency in answer to the person's request (L26-1 b, L26-2).
   *
   * @param agency the issuing agency
   * @param answering the request it answers
   */
  record IssuedByAgency(AgencyId agency, RequestId answering) implements DocumentOrigin {
    /**
     * Checks both components are present.
     *
     * @param agency the agency
     * @param answering the request
     */
    public IssuedByAgency {
      Shape.required("DocumentOrigin.IssuedByAgency", "agency", agency);
      Shape.required("DocumentOrigin.IssuedByAgency", "answering", answering);
    }
  }
}
