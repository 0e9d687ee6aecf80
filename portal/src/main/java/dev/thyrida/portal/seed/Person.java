package dev.thyrida.portal.seed;

import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person of the portal's example municipality (πρόσωπο): tax id, name and TAXISnet user id.
 *
 * @param taxId the tax id
 * @param name the name
 * @param taxisNetUser the TAXISnet user id
 * @param part what the person does in the example
 */
public record Person(TaxId taxId, PersonName name, TaxisNetUserId taxisNetUser, String part) {

  /** The KEP's supervisor, who administers the mailbox (C1). */
  public static final Person MARIA = of("534640974", "Μαρία", "Παπαδοπούλου", "MPAP1975", "supervisor");
  /** A KEP clerk with no service account yet (K3). */
  public static final Person ELENI = of("629923123", "Ελένη", "Κωνσταντίνου", "EKON1988", "clerk");
  /** A clerk transferred to the KEP by decision (C3 b). */
  public static final Person DIMITRIS = of("973669467", "Δημήτρης", "Αντωνίου", "DANT1990", "clerk");
  /** A clerk of another KEP: not eligible here (C3). */
  public static final Person SOFIA = of("819248658", "Σοφία", "Δημητρίου", "SDIM1985", "other KEP");
  /** The next supervisor (C7). */
  public static final Person GIORGOS = of("302466339", "Γιώργος", "Νικολάου", "GNIK1979", "next supervisor");
  /** The agency's administrator, who authorises staff (K8) and keeps the HR records. */
  public static final Person KATERINA = of("024680241", "Αικατερίνη", "Λαμπροπούλου", "ALAM1981", "agency administrator");

  /** Everyone, in the order the sign-in page lists them. */
  public static final List<Person> ALL = List.of(MARIA, ELENI, DIMITRIS, SOFIA, GIORGOS, KATERINA);

  private static Person of(String taxId, String given, String family, String user, String part) {
    return new Person(TaxId.of(taxId), PersonName.of(given, family), TaxisNetUserId.of(user), part);
  }

  /**
   * The person found by tax id.
   *
   * @param taxId the tax id
   * @return the person, if one of the example's
   */
  public static Optional<Person> byTaxId(String taxId) {
    return ALL.stream().filter(each -> each.taxId.value().equals(taxId)).findFirst();
  }

  /**
   * The identity GSIS verifies for the person.
   *
   * @return the identity
   */
  public AuthenticatedIdentity identity() {
    return AuthenticatedIdentity.of(taxId, taxisNetUser, name);
  }

  /**
   * The service username the seed gives those who have an account from the start.
   *
   * @return the username
   */
  public ServiceUsername seededUsername() {
    return ServiceUsername.of(taxisNetUser.value().toLowerCase(Locale.ROOT) + "_kep");
  }

  /**
   * The person signed in with personal TAXISnet (K2).
   *
   * @return the principal
   */
  public Principal withTaxisNet() {
    return new Principal.Employee(identity(), Authentication.TAXISNET_PERSONAL, Optional.empty());
  }

  /**
   * The person signed in with their seeded service credentials (C9).
   *
   * @return the principal
   */
  public Principal atWork() {
    return new Principal.Employee(identity(), Authentication.SERVICE_CREDENTIALS, Optional.of(seededUsername()));
  }
}
