package dev.thyrida.testkit.directory;

import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.Optional;

/**
 * Principals (εντολείς) for tests, as the host would make them after login (L26-3, C8, C9): the
 * identity is derived from the tax id (user id {@code User<taxid>}, a Greek name), so a test names
 * only who acts and how they logged in.
 */
public final class Principals {

  private Principals() {}

  /**
   * The identity GSIS would answer for a tax id, in the testkit's convention.
   *
   * @param taxId the tax id
   * @return the identity
   */
  public static AuthenticatedIdentity identity(TaxId taxId) {
    return AuthenticatedIdentity.of(taxId, TaxisNetUserId.of("User" + taxId.value()),
        DirectoryBuilder.nameFor(taxId));
  }

  /**
   * An identity with a given name.
   *
   * @param taxId the tax id
   * @param name the name
   * @return the identity
   */
  public static AuthenticatedIdentity identity(TaxId taxId, PersonName name) {
    return AuthenticatedIdentity.of(taxId, TaxisNetUserId.of("User" + taxId.value()), name);
  }

  /**
   * An employee logged in with their personal TAXISnet credentials (C8).
   *
   * @param taxId the employee's tax id
   * @return the principal
   */
  public static Principal.Employee employeeWithTaxisNet(TaxId taxId) {
    return new Principal.Employee(identity(taxId), Authentication.TAXISNET_PERSONAL, Optional.empty());
  }

  /**
   * An employee logged in with service credentials (C9, K1).
   *
   * @param taxId the employee's tax id
   * @param username the service username
   * @return the principal
   */
  public static Principal.Employee employeeWithServiceCredentials(TaxId taxId, ServiceUsername username) {
    return new Principal.Employee(identity(taxId), Authentication.SERVICE_CREDENTIALS, Optional.of(username));
  }

  /**
   * The service username the {@link DirectoryBuilder} gives an employee's own account (K4).
   *
   * @param taxId the employee's tax id
   * @return {@code user_} and the tax id
   */
  public static ServiceUsername username(TaxId taxId) {
    return ServiceUsername.of("user_" + taxId.value());
  }

  /**
   * An employee signed in with the service credentials of the account the {@link DirectoryBuilder}
   * gives them (K1, C9): the principal a production command needs.
   *
   * @param taxId the employee's tax id
   * @return the principal
   */
  public static Principal.Employee signedIn(TaxId taxId) {
    return employeeWithServiceCredentials(taxId, username(taxId));
  }

  /**
   * A citizen logged in with TAXISnet (L26-3).
   *
   * @param taxId the citizen's tax id
   * @return the principal
   */
  public static Principal.Citizen citizen(TaxId taxId) {
    return new Principal.Citizen(identity(taxId), Authentication.TAXISNET_PERSONAL);
  }

  /**
   * A Ministry official.
   *
   * @param taxId the official's tax id
   * @return the principal
   */
  public static Principal.MinistryOfficial ministryOfficial(TaxId taxId) {
    return new Principal.MinistryOfficial(identity(taxId));
  }

  /**
   * Nobody authenticated.
   *
   * @return the principal
   */
  public static Principal.Unauthenticated nobody() {
    return new Principal.Unauthenticated();
  }

  /**
   * The host system (e.g. the HR feed).
   *
   * @param name its name
   * @return the principal
   */
  public static Principal.HostSystem hostSystem(String name) {
    return new Principal.HostSystem(name);
  }
}
