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

  @Test
  @DisplayName("L26-3, D9: every kind of principal becomes its kind of actor, describes itself and names its tax id if it has one")
  void everyKind() {
    AuthenticatedIdentity identity = AuthenticatedIdentity.of(TaxId.of("068933130"),
        TaxisNetUserId.of("User068933130"), PersonName.of("ΔΟΚΙΜΗ", "ΧΡΗΣΤΗΣ"));
    Principal citizen = new Principal.Citizen(identity, Authentication.TAXISNET_PERSONAL);
    Principal official = new Principal.MinistryOfficial(identity);
    assertEquals(new Actor(ActorKind.CITIZEN, "068933130"), Actor.of(citizen));
    assertEquals(new Actor(ActorKind.MINISTRY_OFFICIAL, "068933130"), Actor.of(official));
    assertEquals(Optional.of(TaxId.of("068933130")), citizen.taxId());
    assertEquals(Optional.of(TaxId.of("068933130")), official.taxId());
    assertEquals("ministry official 068933130", official.description());
    assertEquals("employee " + CLERK.value() + " (TAXISNET_PERSONAL)", employee(CLERK).description());
    assertEquals("unauthenticated", new Principal.Unauthenticated().description());
    assertEquals("host system hr-feed", new Principal.HostSystem("hr-feed").description());
    assertEquals("EMPLOYEE:" + CLERK.value(), Actor.of(employee(CLERK)).toString());
    assertEquals("UNAUTHENTICATED", Actor.of(new Principal.Unauthenticated()).toString());
  }

  @Test
  @DisplayName("X6: a birth year has exactly four digits, 1000 and 9999 included; a mother's name is checked like a father's")
  void birthYearBounds() {
    for (int year : new int[] {1000, 9999}) {
      assertEquals(Optional.of(year), new AuthenticatedIdentity(TaxId.of("068933130"), TaxisNetUserId.of("User068933130"),
          PersonName.of("Α", "Β"), Optional.empty(), Optional.empty(), Optional.of(year)).birthYear());
    }
    for (int year : new int[] {999, 10000}) {
      assertThrows(InvalidValueException.class, () -> new AuthenticatedIdentity(TaxId.of("068933130"),
          TaxisNetUserId.of("User068933130"), PersonName.of("Α", "Β"), Optional.empty(), Optional.empty(),
          Optional.of(year)));
    }
    assertThrows(InvalidValueException.class, () -> new AuthenticatedIdentity(TaxId.of("068933130"),
        TaxisNetUserId.of("User068933130"), PersonName.of("Α", "Β"), Optional.empty(), Optional.of(" "),
        Optional.empty()));
  }
}
