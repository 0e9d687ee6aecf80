package dev.thyrida.core.kep;

import static dev.thyrida.core.fixture.Sample.CITIZEN;
import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static dev.thyrida.core.fixture.Sample.OTHER;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.TaxId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mailbox (θυρίδα) — C1, C2, C7, X2")
class MailboxTest {

  private final Mailbox created = Mailbox.created(MAILBOX, new MailboxOwner.OfKep(KEP));

  @Test
  @DisplayName("C1, L26-1, X1: the kind and the KEP follow from the owner")
  void kindFollowsTheOwner() {
    assertEquals(MailboxKind.KEP_REQUESTS, created.kind());
    assertEquals(Optional.of(KEP), created.kep());
    Mailbox citizens = Mailbox.created(MAILBOX, new MailboxOwner.OfCitizen(CITIZEN));
    assertEquals(MailboxKind.CITIZEN, citizens.kind());
    assertTrue(citizens.kep().isEmpty());
    assertEquals(MailboxKind.AGENCY, new MailboxOwner.OfAgency(MUNICIPALITY).kind());
  }

  @Test
  @DisplayName("C1: a mailbox starts inactive with no administrators or handlers")
  void startsInactiveAndEmpty() {
    assertFalse(created.isActive());
    assertTrue(created.administrators().isEmpty());
    assertTrue(created.handlers().isEmpty());
    assertTrue(created.withState(MailboxState.ACTIVE).isActive());
  }

  @Test
  @DisplayName("C7, X2: administrators keep the order they were designated in")
  void administratorsKeepTheirOrder() {
    Mailbox two = created.withAdministrator(SUPERVISOR).withAdministrator(OTHER).withAdministrator(SUPERVISOR);
    assertEquals(List.of(SUPERVISOR, OTHER), List.copyOf(two.administrators()));
    assertEquals(List.of(OTHER), List.copyOf(two.withoutAdministrator(SUPERVISOR).administrators()));
  }

  @Test
  @DisplayName("C2, C5: handlers are a set; withers leave the original unchanged")
  void handlersAreASet() {
    Mailbox one = created.withHandler(CLERK).withHandler(CLERK);
    assertEquals(Set.of(CLERK), one.handlers());
    assertTrue(created.handlers().isEmpty());
    assertEquals(created, one.withoutHandler(CLERK));
    assertThrows(UnsupportedOperationException.class, () -> one.handlers().add(OTHER));
  }

  @Test
  @DisplayName("a mailbox refuses missing parts and null members, with InvalidValueException")
  void refusesMissingParts() {
    assertThrows(InvalidValueException.class, () -> Mailbox.created(null, new MailboxOwner.OfKep(KEP)));
    assertThrows(InvalidValueException.class, () -> new MailboxOwner.OfKep(null));
    assertThrows(InvalidValueException.class, () -> new Mailbox(MAILBOX, new MailboxOwner.OfKep(KEP),
        MailboxState.ACTIVE, Arrays.asList(SUPERVISOR, (TaxId) null).stream().collect(java.util.stream.Collectors.toSet()),
        Set.of(), Optional.empty()));
  }
}
