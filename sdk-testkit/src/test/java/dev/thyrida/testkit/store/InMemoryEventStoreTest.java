package dev.thyrida.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {

  private final InMemoryEventStore<String> store = new InMemoryEventStore<>();

  @Test
  @DisplayName("appends at the expected version and reads the stream back in order")
  void appendsAndReads() {
    assertEquals(0, store.version("mailbox-1"));
    assertEquals(2, store.append("mailbox-1", InMemoryEventStore.NO_STREAM, List.of("opened", "named")));
    assertEquals(3, store.append("mailbox-1", 2, List.of("closed")));
    assertEquals(List.of("opened", "named", "closed"), events(store.read("mailbox-1")));
    assertEquals(List.of(1L, 2L, 3L),
        store.read("mailbox-1").stream().map(RecordedEvent::version).toList());
  }

  @Test
  @DisplayName("a stale expected version is a conflict and writes nothing")
  void staleVersionConflicts() {
    store.append("mailbox-1", 0, List.of("opened"));
    VersionConflict conflict =
        assertThrows(VersionConflict.class, () -> store.append("mailbox-1", 0, List.of("opened again")));
    assertEquals(0, conflict.expected());
    assertEquals(1, conflict.actual());
    assertEquals("mailbox-1", conflict.streamId());
    assertEquals(List.of("opened"), events(store.read("mailbox-1")));
    assertThrows(VersionConflict.class, () -> store.append("mailbox-1", 5, List.of("x")));
    assertThrows(VersionConflict.class, () -> store.append("mailbox-2", 1, List.of("x")));
  }

  @Test
  @DisplayName("reads from a version and replays a stream through evolve")
  void readsFromAndReplays() {
    store.append("a", 0, List.of("1", "2", "3"));
    store.append("b", 0, List.of("x"));
    assertEquals(List.of("2", "3"), events(store.readFrom("a", 2)));
    assertEquals(List.of(), store.readFrom("a", 4));
    assertThrows(IllegalArgumentException.class, () -> store.readFrom("a", 0));
    assertEquals("123", store.replay("a", "", (state, event) -> state + event));
    assertEquals(List.of("1", "2", "3", "x"), events(store.readAll()));
    assertEquals(4L, store.readAll().get(3).position());
  }

  @Test
  @DisplayName("of many writers racing at the same expected version exactly one wins")
  void concurrentAppendsConflict() throws Exception {
    int writers = 16;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String event = "opened by " + i;
        done.add(pool.submit(() -> {
          start.await();
          try {
            store.append("mailbox-1", 0, List.of(event));
          } catch (VersionConflict conflict) {
            conflicts.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(writers - 1, conflicts.get());
    assertEquals(1, store.version("mailbox-1"));
  }

  @Test
  @DisplayName("writers that reload and retry on conflict lose no event")
  void retryingWritersLoseNothing() throws Exception {
    int writers = 8;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            appendWithRetry(writer + ":" + i);
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(writers * each, store.version("counter"));
    assertEquals(writers * each, store.read("counter").stream().map(RecordedEvent::event).distinct().count());
  }

  private void appendWithRetry(String event) {
    while (true) {
      try {
        store.append("counter", store.version("counter"), List.of(event));
        return;
      } catch (VersionConflict conflict) {
        Thread.onSpinWait();
      }
    }
  }

  private static List<String> events(List<RecordedEvent<String>> recorded) {
    return recorded.stream().map(RecordedEvent::event).toList();
  }
}
