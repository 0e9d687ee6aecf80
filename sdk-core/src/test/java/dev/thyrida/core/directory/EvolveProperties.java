package dev.thyrida.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.thyrida.core.event.Event;
import dev.thyrida.core.fixture.RandomEvents;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Directory.evolve properties")
class EvolveProperties {

  private static final Gen<List<Long>> SEEDS = lists().of(longs().all()).ofSizeBetween(0, 120);

  @Test
  @DisplayName("evolve is total: any sequence of events of any type applies without throwing")
  void evolveIsTotal() {
    qt().forAll(SEEDS).checkAssert(seeds -> Directory.replay(RandomEvents.events(seeds)));
  }

  @Test
  @DisplayName("evolve is deterministic: the same events from the same directory give equal directories")
  void evolveIsDeterministic() {
    qt().forAll(SEEDS).checkAssert(seeds -> {
      List<Event> events = RandomEvents.events(seeds);
      Directory first = Directory.replay(events);
      Directory second = Directory.replay(RandomEvents.events(seeds));
      assertEquals(first, second);
      assertEquals(first.hashCode(), second.hashCode());
    });
  }

  @Test
  @DisplayName("replaying a list from the empty directory equals folding it one event at a time, at any split")
  void replayEqualsFolding() {
    qt().forAll(SEEDS, integers().between(0, 120)).checkAssert((seeds, cut) -> {
      List<Event> events = RandomEvents.events(seeds);
      Directory folded = Directory.empty();
      for (Event event : events) {
        folded = folded.evolve(event);
      }
      int split = Math.min(cut, events.size());
      Directory inTwo = Directory.replay(events.subList(0, split)).evolveAll(events.subList(split, events.size()));
      assertEquals(folded, Directory.replay(events));
      assertEquals(folded, inTwo);
    });
  }

  @Test
  @DisplayName("C5, D6: the handler and administrator indexes always agree with the mailboxes")
  void roleIndexesAgreeWithMailboxes() {
    qt().forAll(SEEDS).checkAssert(seeds -> {
      Directory directory = Directory.replay(RandomEvents.events(seeds));
      for (Mailbox mailbox : directory.mailboxes()) {
        mailbox.handlers().forEach(p -> assertTrue(directory.mailboxesHandledBy(p).contains(mailbox.id())));
        mailbox.administrators()
            .forEach(p -> assertTrue(directory.mailboxesAdministeredBy(p).contains(mailbox.id())));
      }
      for (Mailbox mailbox : directory.mailboxes()) {
        for (TaxId person : mailbox.handlers()) {
          for (MailboxId id : directory.mailboxesHandledBy(person)) {
            assertTrue(directory.mailbox(id).orElseThrow().handlers().contains(person));
          }
        }
      }
    });
  }

  @Test
  @DisplayName("D4: every account is found by its username in any case, and usernames stay unique ignoring case")
  void usernamesStayUnique() {
    qt().forAll(SEEDS).checkAssert(seeds -> {
      Directory directory = Directory.replay(RandomEvents.events(seeds));
      long distinct = directory.accounts().stream().map(a -> a.username().folded()).distinct().count();
      assertEquals(directory.accounts().size(), distinct);
      directory.accounts().forEach(account ->
          assertEquals(account, directory.accountByUsername(account.username()).orElseThrow()));
    });
  }

  @Test
  @DisplayName("the generated sequences reach the states the properties are about (coverage of the generator)")
  void generatedSequencesReachInterestingStates() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261122L);
    int withHandlers = 0;
    int withTwoAdministrators = 0;
    int withAccounts = 0;
    int withClosedRequests = 0;
    for (int run = 0; run < 200; run++) {
      List<Long> seeds = random.longs(120).boxed().collect(java.util.stream.Collectors.toList());
      Directory directory = Directory.replay(RandomEvents.events(seeds));
      withHandlers += directory.mailboxes().stream().anyMatch(m -> !m.handlers().isEmpty()) ? 1 : 0;
      withTwoAdministrators += directory.mailboxes().stream().anyMatch(m -> m.administrators().size() >= 2) ? 1 : 0;
      withAccounts += directory.accounts().isEmpty() ? 0 : 1;
      withClosedRequests += directory.requestsIn(MailboxId.of("mbx-0")).stream()
          .anyMatch(r -> r.state().isClosed()) ? 1 : 0;
    }
    assertTrue(withHandlers > 100, "handlers: " + withHandlers);
    assertTrue(withTwoAdministrators > 50, "two administrators: " + withTwoAdministrators);
    assertTrue(withAccounts > 100, "accounts: " + withAccounts);
    assertTrue(withClosedRequests > 20, "closed requests: " + withClosedRequests);
  }
}
