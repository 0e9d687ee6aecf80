package dev.thyrida.testkit.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.testkit.clock.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FakeHrRegistryTest {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  static final KepCode KEP = KepCode.of("KEP-0042");
  static final TaxId MARIA = TaxId.of("010509832");
  static final TaxId NIKOS = TaxId.of("090000045");
  static final AgencyId MUNICIPALITY = AgencyId.of("dimos-athinaion");

  final ControllableClock clock = ControllableClock.at(MONDAY);
  final FakeHrRegistry hr = FakeHrRegistry.withClock(clock);

  void staffed() {
    hr.registerKep(KEP, "ΚΕΠ Αθηνών", "Αθήνα");
    hr.hire(MARIA, PersonName.of("Μαρία", "Παπαδοπούλου"), MUNICIPALITY);
    hr.hire(NIKOS, PersonName.of("Νίκος", "Γεωργίου"), MUNICIPALITY);
  }

  @Test
  @DisplayName("C3, C7: emits the HR-fact commands in order, dated by its clock, issued by the HR feed")
  void emitsCommands() {
    List<Command> delivered = new ArrayList<>();
    hr.subscribe(delivered::add);
    staffed();
    RecordPosting posting = hr.postOrganically(MARIA, KEP);
    clock.advance(Duration.ofDays(1));
    AppointSupervisor appointment = hr.appointSupervisor(KEP, MARIA);

    assertEquals(hr.commands(), delivered);
    assertEquals(List.of(RegisterKep.class, RegisterEmployee.class, RegisterEmployee.class,
        RecordPosting.class, AppointSupervisor.class), delivered.stream().map(Object::getClass).toList());
    assertEquals(MONDAY, posting.posting().validFrom());
    assertEquals(PostingBasis.ORGANIC_POSITION, posting.posting().basis());
    assertEquals(MONDAY.plus(Duration.ofDays(1)), appointment.since());
    assertEquals(new Principal.HostSystem("hr-registry"), appointment.actor());
  }

  @Test
  @DisplayName("D8: a posting ends when HR says so, and the history answers for any instant")
  void postingsOverTime() {
    staffed();
    RecordPosting posting = hr.post(NIKOS, KEP, PostingBasis.TRANSFER_BY_DECISION,
        StaffBranch.OTHER_MUNICIPAL, Optional.of(DecisionReference.of("12345/2026")));
    clock.advance(Duration.ofDays(30));
    RecordPostingEnd end = hr.endPosting(posting.posting().id());

    assertEquals(NIKOS, end.employee());
    assertEquals(MONDAY.plus(Duration.ofDays(30)), end.validUntil());
    assertEquals(1, hr.history().postingsAt(KEP, MONDAY.plus(Duration.ofDays(29))).size());
    assertEquals(List.of(), hr.history().postingsAt(KEP, MONDAY.plus(Duration.ofDays(30))));
    assertEquals(List.of(), hr.history().postingsAt(KEP, MONDAY.minusSeconds(1)));
    assertThrows(IllegalStateException.class, () -> hr.endPosting(posting.posting().id()));
  }

  @Test
  @DisplayName("C6: a loss of status is dated, and a lost employee cannot be posted or appointed")
  void statusLoss() {
    staffed();
    clock.advance(Duration.ofDays(10));
    RecordStatusLoss loss = hr.loseStatus(NIKOS, LossReason.RETIREMENT);
    assertEquals(clock.instant(), loss.effectiveAt());
    assertTrue(hr.history().isActive(NIKOS, MONDAY));
    assertFalse(hr.history().isActive(NIKOS, clock.instant()));
    assertThrows(IllegalStateException.class, () -> hr.postOrganically(NIKOS, KEP));
    assertThrows(IllegalStateException.class, () -> hr.appointSupervisor(KEP, NIKOS));
    assertThrows(IllegalStateException.class, () -> hr.loseStatus(NIKOS, LossReason.OTHER));
  }

  @Test
  @DisplayName("C7: the supervisor at an instant is the latest appointment made by then")
  void supervisorsOverTime() {
    staffed();
    hr.appointSupervisor(KEP, MARIA);
    clock.advance(Duration.ofDays(100));
    hr.appointSupervisor(KEP, NIKOS);
    assertEquals(Optional.of(MARIA), hr.history().supervisorAt(KEP, MONDAY.plus(Duration.ofDays(99))));
    assertEquals(Optional.of(NIKOS), hr.history().supervisorAt(KEP, clock.instant()));
    assertEquals(Optional.empty(), hr.history().supervisorAt(KEP, MONDAY.minusSeconds(1)));
  }

  @Test
  @DisplayName("refuses facts that contradict its records, and emits nothing for them")
  void refusesContradictions() {
    hr.registerKep(KEP, "ΚΕΠ Αθηνών", "Αθήνα");
    assertThrows(IllegalStateException.class, () -> hr.postOrganically(MARIA, KEP));
    hr.hire(MARIA, PersonName.of("Μαρία", "Παπαδοπούλου"), MUNICIPALITY);
    assertThrows(IllegalStateException.class,
        () -> hr.hire(MARIA, PersonName.of("Μαρία", "Παπαδοπούλου"), MUNICIPALITY));
    assertThrows(IllegalStateException.class, () -> hr.postOrganically(MARIA, KepCode.of("KEP-9999")));
    assertThrows(IllegalStateException.class, () -> hr.registerKep(KEP, "ξανά", "Αθήνα"));
    assertEquals(2, hr.commands().size());
  }
}
