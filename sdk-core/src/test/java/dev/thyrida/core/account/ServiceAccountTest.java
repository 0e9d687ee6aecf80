package dev.thyrida.core.account;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.OTHER;
import static dev.thyrida.core.fixture.Sample.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.ServiceUsername;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ServiceAccount (Κωδικοί Δημόσιας Διοίκησης) — K3, K8, X5")
class ServiceAccountTest {

  private static final ApplicationId APP = ApplicationId.of("e-kep");

  @Test
  @DisplayName("K3: a new account is active, unchanged since creation, with no authorisations")
  void newAccount() {
    ServiceAccount account = ServiceAccount.created(CLERK, ServiceUsername.of("eleni_d"), at(0));
    assertEquals(AccountState.ACTIVE, account.state());
    assertEquals(account.createdAt(), account.changedAt());
    assertTrue(account.authorisations().isEmpty());
    assertEquals(at(3), account.withUsername(ServiceUsername.of("eleni_x"), at(3)).changedAt());
  }

  @Test
  @DisplayName("K8, X5: an authorisation per application, granted, replaced and withdrawn")
  void authorisationsPerApplication() {
    ServiceAccount account = ServiceAccount.created(CLERK, ServiceUsername.of("eleni_d"), at(0))
        .withAuthorisation(new Authorisation(APP, Set.of(Role.of("reader")), OTHER, at(1)))
        .withAuthorisation(new Authorisation(APP, Set.of(Role.of("writer")), OTHER, at(2)));
    assertEquals(Set.of(Role.of("writer")), account.authorisation(APP).orElseThrow().roles());
    assertTrue(account.withoutAuthorisation(APP).authorisation(APP).isEmpty());
  }
}
