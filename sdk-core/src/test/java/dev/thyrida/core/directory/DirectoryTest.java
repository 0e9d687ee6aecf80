package dev.thyrida.core.directory;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.HR_ACTOR;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.MAILBOX_2;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static dev.thyrida.core.fixture.Sample.OTHER;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.actor;
import static dev.thyrida.core.fixture.Sample.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyAdministratorRemoved;
import dev.thyrida.core.event.AuthorisationChanged;
import dev.thyrida.core.event.DesignationApproved;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.PostingEnded;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.fixture.EverySampleEvent;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.core.staff.LossReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Directory — evolve and lookups")
class DirectoryTest {

  private final Directory story = Directory.replay(EverySampleEvent.story());

  @Test
  @DisplayName("C1, C7, X3, D6, D7: the story leaves the mailbox with the recovered administrator only")
  void theStoryLeavesTheExpectedMailbox() {
    Mailbox mailbox = story.mailbox(MAILBOX).orElseThrow();
    assertTrue(mailbox.isActive());
    assertEquals(Set.of(SUPERVISOR), mailbox.administrators());
    assertEquals(Set.of(), mailbox.handlers());
    assertTrue(mailbox.pendingDesignation().isEmpty());
    assertEquals(Set.of(CLERK), story.mailbox(MAILBOX_2).orElseThrow().handlers());
  }

  @Test
  @DisplayName("C5, D6: the role indexes follow handlers and administrators")
  void roleIndexesFollowTheMailboxes() {
    assertEquals(Set.of(MAILBOX_2), story.mailboxesHandledBy(CLERK));
    assertEquals(Set.of(MAILBOX), story.mailboxesAdministeredBy(SUPERVISOR));
    assertEquals(Set.of(), story.mailboxesAdministeredBy(OTHER));
    assertEquals(2, story.mailboxesOf(KEP).size());
  }

  @Test
  @DisplayName("C6, D8, K3, D4, X5: staff and account facts land where the policies read them")
  void staffAndAccountFacts() {
    assertFalse(story.employee(CLERK).orElseThrow().isActive());
    assertFalse(story.postingsOf(CLERK).get(0).validAt(at(12)));
    assertEquals(1, story.postingsAt(KEP).size());
    assertEquals(AccountState.SUSPENDED, story.account(CLERK).orElseThrow().state());
    assertEquals(CLERK, story.accountByUsername(ServiceUsername.of("ELENI_DIM")).orElseThrow().holder());
    assertTrue(story.accountByUsername(ServiceUsername.of("eleni_d")).isEmpty());
    assertTrue(story.account(CLERK).orElseThrow().authorisations().isEmpty());
  }

  @Test
  @DisplayName("L26-1, L26-2, X1, X2: requests and documents")
  void requestsAndDocuments() {
    assertTrue(story.request(EverySampleEvent.REQUEST).orElseThrow().state() instanceof RequestState.Completed);
    assertTrue(story.request(EverySampleEvent.REQUEST_2).orElseThrow().state() instanceof RequestState.Rejected);
    assertEquals(2, story.requestsIn(MAILBOX).size());
    assertTrue(story.document(EverySampleEvent.DOCUMENT).orElseThrow().retention().extended());
    assertEquals(1, story.documentsOf(dev.thyrida.core.fixture.Sample.CITIZEN).size());
  }

  @Test
  @DisplayName("D6, X5: an agency administrator role appointed is taken away by its removal, and only that one")
  void agencyAdministratorRemoved() {
    assertEquals(Set.of(), story.agency(MUNICIPALITY).orElseThrow().administrators());
    Directory twice = story.evolve(new AgencyAdministratorAppointed(HR_ACTOR, at(20), MUNICIPALITY, OTHER))
        .evolve(new AgencyAdministratorAppointed(HR_ACTOR, at(20), MUNICIPALITY, CLERK));
    Directory removed = twice.evolve(new AgencyAdministratorRemoved(HR_ACTOR, at(21), MUNICIPALITY, OTHER));
    assertEquals(Set.of(CLERK), removed.agency(MUNICIPALITY).orElseThrow().administrators());
    assertEquals(Clause.D6, new AgencyAdministratorRemoved(HR_ACTOR, at(21), MUNICIPALITY, OTHER).clause());
  }

  @Test
  @DisplayName("ADR 0012: an event about something missing, or that changes nothing, returns the same directory")
  void eventsAboutMissingThingsChangeNothing() {
    MailboxId unknown = MailboxId.of("nowhere");
    Instant now = story.instant().orElseThrow();
    List<Event> strays = List.of(
        new HandlerAdded(actor(SUPERVISOR), now, unknown, CLERK),
        new HandlerMoved(actor(SUPERVISOR), now, MAILBOX_2, unknown, CLERK),
        new StatusLost(HR_ACTOR, now, OTHER, now, LossReason.DEATH),
        new PostingEnded(HR_ACTOR, now, OTHER, EverySampleEvent.POSTING, now.plusSeconds(3600)),
        new ServiceAccountCreated(actor(OTHER), now, OTHER, ServiceUsername.of("Eleni_Dim")),
        new AuthorisationChanged(actor(OTHER), now, CLERK, EverySampleEvent.APP, Set.of(), OTHER),
        new MailboxActivated(actor(SUPERVISOR), now, MAILBOX),
        new DesignationApproved(actor(OTHER), now, MAILBOX, CLERK),
        new AgencyAdministratorRemoved(HR_ACTOR, now, MUNICIPALITY, CLERK));
    for (Event stray : strays) {
      assertSame(story, story.evolve(stray), stray.type());
    }
  }

  @Test
  @DisplayName("D10: a directory's instant is the latest instant of the events it applied, and a later stray moves only it")
  void instantIsTheLatestEventsInstant() {
    assertEquals(Optional.empty(), Directory.empty().instant());
    Instant now = story.instant().orElseThrow();
    assertEquals(EverySampleEvent.story().stream().map(Event::at).max(Instant::compareTo).orElseThrow(), now);
    Directory later = story.evolve(new HandlerAdded(actor(SUPERVISOR), now.plusSeconds(60), MailboxId.of("nowhere"), CLERK));
    assertEquals(Optional.of(now.plusSeconds(60)), later.instant());
    assertEquals(List.copyOf(story.mailboxes()), List.copyOf(later.mailboxes()));
    assertEquals(Optional.of(now), story.evolve(new HandlerAdded(actor(SUPERVISOR), now.minusSeconds(60),
        MailboxId.of("nowhere"), CLERK)).instant());
  }

  @Test
  @DisplayName("evolve returns a new snapshot and leaves the old one as it was")
  void evolveLeavesTheOldSnapshotAlone() {
    Directory before = Directory.replay(EverySampleEvent.story().subList(0, 11));
    Directory after = before.evolve(new HandlerAdded(actor(SUPERVISOR), at(2), MAILBOX, CLERK));
    assertEquals(Set.of(), before.mailbox(MAILBOX).orElseThrow().handlers());
    assertEquals(Set.of(CLERK), after.mailbox(MAILBOX).orElseThrow().handlers());
    assertEquals(Clause.C2, new HandlerAdded(actor(SUPERVISOR), at(2), MAILBOX, CLERK).clause());
  }

  @Test
  @DisplayName("the empty directory has nothing and equals itself")
  void emptyDirectory() {
    assertTrue(Directory.empty().keps().isEmpty());
    assertEquals(Directory.empty(), Directory.replay(List.of()));
    assertEquals(story, Directory.empty().evolveAll(EverySampleEvent.story()));
  }
}
