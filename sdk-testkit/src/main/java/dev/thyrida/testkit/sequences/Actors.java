package dev.thyrida.testkit.sequences;

import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.testkit.directory.Principals;
import java.util.Optional;

/** Who issues a drawn command: mostly the right principal, now and then a wrong one. */
final class Actors {

  private Actors() {}

  /**
   * An employee's command: mostly the right person with their own service credentials (K1); now and
   * then another person, personal TAXISnet (C9), another person's username (K1) or a stranger.
   */
  static Principal employee(Drawing d, TaxId right) {
    int roll = d.random.nextInt(100);
    if (roll < 78) {
      return withServiceCredentials(d, right);
    }
    if (roll < 86) {
      return withServiceCredentials(d, d.person());
    }
    if (roll < 90) {
      return employee(right, Authentication.TAXISNET_PERSONAL);
    }
    if (roll < 93) {
      return withAnotherUsername(d, right);
    }
    return stranger(d, right);
  }

  /** K1: signed in with service credentials under someone else's username, as an impostor would. */
  static Principal withAnotherUsername(Drawing d, TaxId person) {
    Optional<ServiceUsername> other = d.directory().account(d.person()).map(ServiceAccount::username);
    return Principals.employeeWithServiceCredentials(person, other.orElse(ServiceUsername.of("nobody_at_all")));
  }

  /** An account command: mostly the right person signed in with TAXISnet (K2). */
  static Principal taxisNet(Drawing d, TaxId right) {
    return d.chance(85) ? Principals.employeeWithTaxisNet(right) : stranger(d, right);
  }

  /** A citizen's command: mostly a citizen of the cast. */
  static Principal citizen(Drawing d) {
    return d.chance(80) ? Principals.citizen(d.citizen()) : stranger(d, d.person());
  }

  /** An HR fact: mostly the host. */
  static Principal host(Drawing d) {
    return d.chance(90) ? d.cast.host() : stranger(d, d.person());
  }

  /** A Ministry command: mostly the official (X3). */
  static Principal ministry(Drawing d) {
    return d.chance(85) ? Principals.ministryOfficial(d.cast.official()) : stranger(d, d.person());
  }

  static Principal stranger(Drawing d, TaxId person) {
    switch (d.random.nextInt(5)) {
      case 0: return Principals.ministryOfficial(d.cast.official());
      case 1: return Principals.citizen(person);
      case 2: return d.cast.host();
      case 3: return Principals.nobody();
      default: return withServiceCredentials(d, person);
    }
  }

  /** Signed in with service credentials: the person's own username when it has an account. */
  static Principal withServiceCredentials(Drawing d, TaxId person) {
    Optional<ServiceUsername> username = d.directory().account(person).map(ServiceAccount::username);
    return username.isPresent() ? Principals.employeeWithServiceCredentials(person, username.get())
        : employee(person, Authentication.SERVICE_CREDENTIALS);
  }

  private static Principal.Employee employee(TaxId person, Authentication authentication) {
    return new Principal.Employee(Principals.identity(person), authentication, Optional.empty());
  }
}
