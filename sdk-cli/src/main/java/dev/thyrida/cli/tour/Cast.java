package dev.thyrida.cli.tour;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * The people and places of the tour's built-in KEP: invented names, tax ids that pass the check
 * digit (X7), and the principals they act as.
 *
 * @param taxId the person's tax id
 * @param name the person's name
 * @param taxisNetUser the person's TAXISnet user id
 */
record Cast(TaxId taxId, PersonName name, TaxisNetUserId taxisNetUser) {

  /** The municipality, the agency that employs everyone. */
  static final AgencyId MUNICIPALITY = AgencyId.of("dimos-nafplieon");
  /** The KEP the tour walks through. */
  static final KepCode NAFPLIO = KepCode.of("0101");
  /** A neighbouring KEP, where one employee is posted. */
  static final KepCode ASINI = KepCode.of("0102");
  /** The KEP's request mailbox. */
  static final MailboxId MAILBOX = MailboxId.of("mb-0101");
  /** The municipality's HR system, which feeds the facts. */
  static final Principal HR = new Principal.HostSystem("dimos-nafplieon-hr");

  /** The supervisor, then the outgoing one. */
  static final Cast MARIA = of("534640974", "Μαρία", "Παπαδοπούλου", "MPAP1975");
  /** An employee with an organic position at the KEP. */
  static final Cast ELENI = of("629923123", "Ελένη", "Κωνσταντίνου", "EKON1988");
  /** An employee transferred to the KEP by decision. */
  static final Cast DIMITRIS = of("973669467", "Δημήτρης", "Αντωνίου", "DANT1990");
  /** An employee of the neighbouring KEP. */
  static final Cast SOFIA = of("819248658", "Σοφία", "Δημητρίου", "SDIM1985");
  /** The municipality's agency administrator, who authorises its staff for the mailboxes (K8, X5). */
  static final Cast KATERINA = of("024680241", "Αικατερίνη", "Λαμπροπούλου", "ALAM1981");
  /** The incoming supervisor. */
  static final Cast GIORGOS = of("302466339", "Γιώργος", "Νικολάου", "GNIK1979");

  private static Cast of(String taxId, String given, String family, String taxisNetUser) {
    return new Cast(TaxId.of(taxId), PersonName.of(given, family), TaxisNetUserId.of(taxisNetUser));
  }

  /** The person signed in with their service credentials, as mailbox work needs in production (C9). */
  Principal atWork() {
    return new Principal.Employee(identity(), Authentication.SERVICE_CREDENTIALS, Optional.of(serviceUsername()));
  }

  /** The username of the person's own service account (K3, K4). */
  ServiceUsername serviceUsername() {
    return ServiceUsername.of(taxisNetUser.value().toLowerCase(Locale.ROOT) + "_kep");
  }

  /** The person signed in with personal TAXISnet credentials, as issuing service credentials starts (K2). */
  Principal withTaxisNet() {
    return new Principal.Employee(identity(), Authentication.TAXISNET_PERSONAL, Optional.empty());
  }

  private AuthenticatedIdentity identity() {
    return AuthenticatedIdentity.of(taxId, taxisNetUser, name);
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
