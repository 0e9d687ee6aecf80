package dev.thyrida.testkit.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Authentication;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrincipalsTest {

  static final TaxId MARIA = TaxId.of("010509832");

  @Test
  @DisplayName("C8, C9: employees logged in with TAXISnet or with service credentials")
  void employees() {
    assertEquals(Authentication.TAXISNET_PERSONAL, Principals.employeeWithTaxisNet(MARIA).authentication());
    var service = Principals.employeeWithServiceCredentials(MARIA, ServiceUsername.of("mpapadopoulou"));
    assertEquals(Authentication.SERVICE_CREDENTIALS, service.authentication());
    assertEquals(Optional.of(ServiceUsername.of("mpapadopoulou")), service.serviceUsername());
    assertEquals(Optional.of(MARIA), service.taxId());
  }

  @Test
  @DisplayName("X6: the identity follows the testkit's convention, user id User<taxid>")
  void identity() {
    assertEquals("User010509832", Principals.identity(MARIA).userId().value());
    assertEquals(Optional.of(MARIA), Principals.citizen(MARIA).taxId());
    assertEquals(Optional.empty(), Principals.nobody().taxId());
    assertEquals(Optional.empty(), Principals.hostSystem("hr-feed").taxId());
  }
}
