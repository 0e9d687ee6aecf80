package dev.thyrida.core.directory;

import static dev.thyrida.core.fixture.Sample.HR_ACTOR;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.actor;
import static dev.thyrida.core.fixture.Sample.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.fixture.TaxIds;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Directory — one event touches one path, not the whole state (ADR 0011, X9)")
class StructuralSharingTest {

  private static final int EMPLOYEES = 100_000;

  @Test
  @DisplayName("X9: at 100,000 employees a mailbox event leaves the staff register and every other entry the same objects")
  void untouchedEntriesAreShared() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < EMPLOYEES; i++) {
      events.add(new EmployeeRegistered(HR_ACTOR, at(0), TaxIds.valid(i), PersonName.of("Ελένη", "Δ" + i), MUNICIPALITY));
    }
    MailboxId first = MailboxId.of("mbx-a");
    MailboxId second = MailboxId.of("mbx-b");
    events.add(new MailboxCreated(HR_ACTOR, at(0), first, new MailboxOwner.OfKep(KEP)));
    events.add(new MailboxCreated(HR_ACTOR, at(0), second, new MailboxOwner.OfKep(KEP)));
    Directory before = Directory.replay(events);

    TaxId clerk = TaxIds.valid(77_777);
    Directory after = before.evolve(new HandlerAdded(actor(SUPERVISOR), at(1), first, clerk));

    assertEquals(EMPLOYEES, after.employees().size());
    assertSame(before.staffRegister(), after.staffRegister());
    assertSame(before.kepRegister().keps(), after.kepRegister().keps());
    assertSame(before.mailbox(second).orElseThrow(), after.mailbox(second).orElseThrow());
    for (int i = 0; i < EMPLOYEES; i += 997) {
      TaxId taxId = TaxIds.valid(i);
      assertSame(before.employee(taxId).orElseThrow(), after.employee(taxId).orElseThrow());
    }
    assertTrue(after.mailbox(first).orElseThrow().handlers().contains(clerk));
    assertTrue(before.mailbox(first).orElseThrow().handlers().isEmpty());
  }
}
