package dev.thyrida.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.store.host.Submission;
import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventLog} meets; each store's test class extends it with a fresh log.
 * Named so that Surefire runs only its subclasses.
 */
abstract class EventLogContract {

  static final Principal HOST = new Principal.HostSystem("hr");
  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  static final DirectoryFixture NATION = NationalDirectory.seeded(15, 12, 60, MONDAY);
  static final DirectoryFixture LARGE = NationalDirectory.seeded(16, 150, 700, MONDAY);

  EventLog log;

  /**
   * A fresh, empty log of the store under test.
   *
   * @return the log
   */
  abstract EventLog freshLog();

  @BeforeEach
  void open() {
    log = freshLog();
  }

  static List<Event> events(int from, int to) {
    return NATION.events().subList(from, to);
  }

  @Test
  @DisplayName("an empty log is at position 0 and reads nothing")
  void emptyLog() {
    assertEquals(EventLog.EMPTY, log.head());
    assertEquals(List.of(), log.read(EventLog.EMPTY, 10));
  }

  @Test
  @DisplayName("a batch appended at the expected position is read back equal, at positions from 1 with no gap")
  void appendAndReadBack() {
    assertEquals(3, log.append(0, events(0, 3)));
    assertEquals(5, log.append(3, events(3, 5)));
    List<LoggedEvent> read = log.read(0, 100);
    assertEquals(events(0, 5), read.stream().map(LoggedEvent::event).collect(Collectors.toList()));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), read.stream().map(LoggedEvent::position).collect(Collectors.toList()));
    assertEquals(5, log.head());
  }

  @Test
  @DisplayName("an append behind the head is a conflict naming both positions, and writes nothing")
  void appendBehindTheHead() {
    log.append(0, events(0, 4));
    AppendConflict conflict = assertThrows(AppendConflict.class, () -> log.append(2, events(4, 6)));
    assertEquals(2, conflict.expected());
    assertEquals(4, conflict.actual());
    assertEquals(events(0, 4), all());
  }

  @Test
  @DisplayName("an append past the head is a conflict too: no gap is ever written")
  void appendPastTheHead() {
    AppendConflict conflict = assertThrows(AppendConflict.class, () -> log.append(7, events(0, 1)));
    assertEquals(7, conflict.expected());
    assertEquals(0, conflict.actual());
    assertEquals(EventLog.EMPTY, log.head());
  }

  @Test
  @DisplayName("an empty batch checks the position and writes nothing")
  void emptyBatch() {
    log.append(0, events(0, 2));
    assertEquals(2, log.append(2, List.of()));
    assertThrows(AppendConflict.class, () -> log.append(1, List.of()));
    assertEquals(2, log.head());
  }

  @Test
  @DisplayName("reading from a position returns the events after it, in order, at most the limit")
  void readFromAPosition() {
    log.append(0, events(0, 10));
    List<LoggedEvent> page = log.read(4, 3);
    assertEquals(List.of(5L, 6L, 7L), page.stream().map(LoggedEvent::position).collect(Collectors.toList()));
    assertEquals(events(4, 7), page.stream().map(LoggedEvent::event).collect(Collectors.toList()));
    assertEquals(List.of(), log.read(10, 5));
    assertThrows(IllegalArgumentException.class, () -> log.read(0, 0));
  }

  @Test
  @DisplayName("replaying the log rebuilds the directory its events make, whole or from a kept snapshot")
  void replay() {
    List<Event> all = NATION.events();
    for (int from = 0; from < all.size(); from += 97) {
      log.append(from, all.subList(from, Math.min(all.size(), from + 97)));
    }
    Snapshot whole = log.replay(Snapshot.empty());
    assertEquals(NATION.directory(), whole.directory());
    assertEquals(all.size(), whole.position());
    Snapshot half = new Snapshot(Directory.replay(all.subList(0, 100)), 100);
    assertEquals(whole, log.replay(half));
  }

  @Test
  @DisplayName("replay reads page after page: a log of exactly two pages, then one event more, replays whole")
  void replayAcrossPages() {
    List<Event> large = LARGE.events().subList(0, 2 * EventLog.PAGE + 1);
    for (int from = 0; from < 2 * EventLog.PAGE; from += 500) {
      log.append(from, large.subList(from, from + 500));
    }
    assertEquals(Directory.replay(large.subList(0, 2 * EventLog.PAGE)), log.replay(Snapshot.empty()).directory());
    log.append(2 * EventLog.PAGE, large.subList(2 * EventLog.PAGE, large.size()));
    Snapshot whole = log.replay(Snapshot.empty());
    assertEquals(Directory.replay(large), whole.directory());
    assertEquals(large.size(), whole.position());
  }

  @Test
  @DisplayName("of eight appends racing for the same position exactly one wins; the others conflict and write nothing")
  void racingAppends() throws Exception {
    log.append(0, events(0, 1));
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      List<Event> batch = events(1 + w * 3, 4 + w * 3);
      tasks.add(() -> {
        start.await();
        return log.append(1, batch);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (Callable<Long> task : tasks) {
        results.add(pool.submit(task));
      }
      start.countDown();
      int wins = 0;
      for (Future<Long> result : results) {
        try {
          assertEquals(4, result.get(60, TimeUnit.SECONDS));
          wins++;
        } catch (java.util.concurrent.ExecutionException e) {
          AppendConflict conflict = (AppendConflict) e.getCause();
          assertEquals(1, conflict.expected());
          assertEquals(4, conflict.actual());
        }
      }
      assertEquals(1, wins);
      assertEquals(4, log.head());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("many writers, each keeping its own directory: every accepted decision is in the log once, and the log replays to what the winners' decisions imply")
  void manyWritersKeepingTheirOwnDirectories() throws Exception {
    int writers = 6;
    int each = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<Submission>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        results.add(pool.submit(() -> {
          KeptDirectory kept = KeptDirectory.load(log, GovernanceRules.defaults()).attempting(200);
          start.await();
          List<Submission> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            // writers 0 and 1 race for the same KEPs: exactly one of each pair may be accepted
            int kep = writer < 2 ? i : writer * 100 + i;
            mine.add(kept.submit(new RegisterKep(HOST, MONDAY, KepCode.of("KEP-" + kep), "ΚΕΠ " + kep, "Δήμος")));
          }
          return mine;
        }));
      }
      start.countDown();
      List<Submission> accepted = new ArrayList<>();
      int rejected = 0;
      for (Future<List<Submission>> result : results) {
        for (Submission submission : result.get(120, TimeUnit.SECONDS)) {
          if (submission.decision().isAccepted()) {
            accepted.add(submission);
          } else {
            rejected++;
          }
        }
      }
      assertEquals((writers - 1) * each, accepted.size(), "one of each contested KEP and every uncontested one");
      assertEquals(each, rejected, "the loser of each contested KEP is refused on deciding again, not written");
      accepted.sort(java.util.Comparator.comparingLong(Submission::position));
      List<Event> implied = accepted.stream().flatMap(s -> s.decision().events().stream()).collect(Collectors.toList());
      assertEquals(implied, all(), "the log holds exactly the winners' events, in the order they were appended");
      for (Submission submission : accepted) {
        assertEquals(submission.decision().events(), log.read(submission.firstPosition() - 1, submission.decision().events().size())
            .stream().map(LoggedEvent::event).collect(Collectors.toList()));
      }
      assertEquals(Directory.replay(implied), log.replay(Snapshot.empty()).directory());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Event> all() {
    return log.read(0, Integer.MAX_VALUE).stream().map(LoggedEvent::event).collect(Collectors.toList());
  }
}
