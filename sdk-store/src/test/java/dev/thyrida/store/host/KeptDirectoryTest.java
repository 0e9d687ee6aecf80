package dev.thyrida.store.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.log.AppendConflict;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.LoggedEvent;
import dev.thyrida.store.log.Snapshot;
import dev.thyrida.store.log.TestkitLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The host loop: load, decide, append at the expected position, evolve, retry")
class KeptDirectoryTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final Principal HOST = new Principal.HostSystem("hr");
  private static final GovernanceRules RULES = GovernanceRules.defaults();

  private static RegisterKep register(String code) {
    return new RegisterKep(HOST, MONDAY, KepCode.of(code), "ΚΕΠ " + code, "Δήμος Αθηναίων");
  }

  @Test
  @DisplayName("an accepted command's events are appended and applied; a reload sees the same directory")
  void acceptedIsAppendedAndApplied() {
    EventLog log = new TestkitLog();
    KeptDirectory kept = KeptDirectory.load(log, RULES);
    Submission submission = kept.submit(register("KEP-0001"));
    assertTrue(submission.decision().isAccepted());
    assertEquals(1, submission.position());
    assertEquals(1, submission.attempts());
    assertTrue(kept.snapshot().directory().kep(KepCode.of("KEP-0001")).isPresent());
    assertEquals(kept.snapshot(), KeptDirectory.load(log, RULES).snapshot());
  }

  @Test
  @DisplayName("a rejected decision goes back to the caller and is never stored")
  void rejectedIsNotStored() {
    EventLog log = new TestkitLog();
    KeptDirectory kept = KeptDirectory.load(log, RULES);
    kept.submit(register("KEP-0001"));
    Submission again = kept.submit(register("KEP-0001"));
    assertFalse(again.decision().isAccepted());
    assertFalse(again.decision().violations().isEmpty());
    assertEquals(1, again.position());
    assertEquals(1, log.head());
  }

  @Test
  @DisplayName("a writer that lost a race catches up, decides again against the new directory, and appends after the winner")
  void lostRaceIsDecidedAgain() {
    EventLog log = new TestkitLog();
    KeptDirectory first = KeptDirectory.load(log, RULES);
    KeptDirectory second = KeptDirectory.load(log, RULES);
    first.submit(register("KEP-0001"));
    Submission late = second.submit(register("KEP-0002"));
    assertEquals(2, late.attempts());
    assertEquals(2, late.position());
    Submission duplicate = second.submit(register("KEP-0001"));
    assertFalse(duplicate.decision().isAccepted(), "decided against the winner's events, the duplicate is refused");
    assertEquals(first.refresh(), second.snapshot());
  }

  @Test
  @DisplayName("after the bounded attempts all lost, a typed failure names them and nothing was written")
  void contendedGivesUp() {
    TestkitLog real = new TestkitLog();
    EventLog alwaysBehind = new EventLog() {
      @Override
      public long head() {
        return real.head();
      }

      @Override
      public long append(long expected, List<? extends Event> events) {
        throw new AppendConflict(expected, expected + 1);
      }

      @Override
      public List<LoggedEvent> read(long after, int limit) {
        return real.read(after, limit);
      }
    };
    KeptDirectory kept = KeptDirectory.load(alwaysBehind, RULES).attempting(3);
    Contended contended = assertThrows(Contended.class, () -> kept.submit(register("KEP-0001")));
    assertEquals(3, contended.attempts());
    assertEquals(1, contended.lastConflict().actual());
    assertEquals(0, real.head());
    assertThrows(IllegalArgumentException.class, () -> kept.attempting(0));
  }

  @Test
  @DisplayName("resuming from a kept snapshot replays only what came after, to the same directory")
  void resumeFromASnapshot() {
    EventLog log = new TestkitLog();
    KeptDirectory kept = KeptDirectory.load(log, RULES);
    kept.submit(register("KEP-0001"));
    Snapshot halfway = kept.snapshot();
    kept.submit(register("KEP-0002"));
    KeptDirectory resumed = KeptDirectory.resume(log, RULES, halfway);
    assertEquals(kept.snapshot(), resumed.snapshot());
    assertEquals(Snapshot.empty().position(), EventLog.EMPTY);
  }
}
