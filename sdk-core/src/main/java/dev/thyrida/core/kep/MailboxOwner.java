package dev.thyrida.core.kep;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;

/**
 * Whose mailbox it is (κάτοχος θυρίδας): a KEP's request mailbox, a citizen's user mailbox, or an
 * agency's mailbox (C1, L26-1, X1). The kind follows from the owner, so a KEP mailbox always names
 * its KEP.
 */
public sealed interface MailboxOwner
    permits MailboxOwner.OfKep, MailboxOwner.OfCitizen, MailboxOwner.OfAgency {

  /**
   * The kind of mailbox this owner has.
   *
   * @return the kind
   */
  MailboxKind kind();

  /**
   * A KEP owns a request mailbox (C1).
   *
   * @param kep the KEP's code
   */
  record OfKep(KepCode kep) implements MailboxOwner {
    /**
     * Checks the KEP is present.
     *
     * @param kep the KEP's code
     */
    public OfKep {
      Shape.required("MailboxOwner.OfKep", "kep", kep);
    }

    @Override
    public MailboxKind kind() {
      return MailboxKind.KEP_REQUESTS;
    }
  }

  /**
   * A natural person owns a user mailbox (L26-1).
   *
   * @param citizen the person's tax id
   */
  record OfCitizen(TaxId citizen) implements MailboxOwner {
    /**
     * Checks the person is present.
     *
     * @param citizen the person's tax id
     */
    public OfCitizen {
      Shape.required("MailboxOwner.OfCitizen", "citizen", citizen);
    }

    @Override
    public MailboxKind kind() {
      return MailboxKind.CITIZEN;
    }
  }

  /**
   * An agency owns a mailbox (X1 §3).
   *
   * @param agency the agency's id
   */
  record OfAgency(AgencyId agency) implements MailboxOwner {
    /**
     * Checks the agency is present.
     *
     * @param agency the agency's id
     */
    public OfAgency {
      Shape.required("MailboxOwner.OfAgency", "agency", agency);
    }

    @Override
    public MailboxKind kind() {
      return MailboxKind.AGENCY;
    }
  }
}
