package dev.thyrida.core.command;

import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.T0;
import static dev.thyrida.core.fixture.Sample.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.principal.Principal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Commands — actor, instant and well-formed parts")
class CommandTest {

  @Test
  @DisplayName("D7: a Ministry recovery needs a reason in words")
  void recoveryNeedsAReason() {
    Principal ministry = new Principal.MinistryOfficial(employee(SUPERVISOR).identity());
    assertEquals("handover failed", new RecoverAdministrator(ministry, T0, MAILBOX, SUPERVISOR, "handover failed").reason());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new RecoverAdministrator(ministry, T0, MAILBOX, SUPERVISOR, "  "));
    assertEquals("RecoverAdministrator", e.valueType());
  }

  @Test
  @DisplayName("L26-3: every command names its actor and instant")
  void everyCommandNamesItsActorAndInstant() {
    assertThrows(InvalidValueException.class, () -> new ActivateMailbox(null, T0, MAILBOX));
    assertThrows(InvalidValueException.class, () -> new ActivateMailbox(employee(SUPERVISOR), null, MAILBOX));
    Command command = new ActivateMailbox(employee(SUPERVISOR), T0, MAILBOX);
    assertEquals(T0, command.issuedAt());
  }
}
