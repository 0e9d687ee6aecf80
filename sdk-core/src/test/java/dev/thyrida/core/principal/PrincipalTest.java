package dev.thyrida.core.principal;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Principals and actors (L26-3, X6, D9)")
class PrincipalTest {

  @Test
  @DisplayName("L26-3: each principal names its tax id and becomes an actor without names")
  void actorsFromPrincipals() {
    assertEquals(new Actor(ActorKind.EMPLOYEE, CLERK.value()), Actor.of(employee(CLERK)));
    assertEquals(new Actor(ActorKind.HOST_SYSTEM, "hr-feed"), Actor.of(new Principal.HostSystem("hr-feed")));
    assertEquals(new Actor(ActorKind.UNAUTHENTICATED, ""), Actor.of(new Principal.Unauthenticated()));
    assertTrue(new Principal.Unauthenticated().taxId().isEmpty());
    assertEquals(Optional.of(CLERK), employee(CLERK).taxId());
  }

  @Test
  @DisplayName("X6: the identity of the GSIS test user, with the optional parts checked when present")
  void authenticatedIdentity() {
    AuthenticatedIdentity identity = new AuthenticatedIdentity(TaxId.of("068933130"),
        TaxisNetUserId.of("User068933130"), PersonName.of("ΔΟΚΙΜΗ", "ΧΡΗΣΤΗΣ"),
        Optional.of("ΠΑΤΡΩΝΥΜΟ"), Optional.empty(), Optional.of(1970));
    assertEquals("citizen 068933130 (TAXISNET_PERSONAL)",
        new Principal.Citizen(identity, Authentication.TAXISNET_PERSONAL).description());
    assertThrows(InvalidValueException.class, () -> new AuthenticatedIdentity(TaxId.of("068933130"),
        TaxisNetUserId.of("User068933130"), PersonName.of("Α", "Β"), Optional.of(" "), Optional.empty(),
        Optional.empty()));
    assertThrows(InvalidValueException.class, () -> new AuthenticatedIdentity(TaxId.of("068933130"),
        TaxisNetUserId.of("User068933130"), PersonName.of("Α", "Β"), Optional.empty(), Optional.empty(),
        Optional.of(70)));
  }
}
