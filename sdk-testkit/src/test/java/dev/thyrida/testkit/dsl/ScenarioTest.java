package dev.thyrida.testkit.dsl;

import static dev.thyrida.testkit.dsl.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.governance.GovernanceCode;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.Principals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The given-when-then DSL over the standard decider")
class ScenarioTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant LATER = MONDAY.plusSeconds(3600);

  private final List<TaxId> newcomer = new ArrayList<>();
  private final DirectoryFixture fixture = DirectoryBuilder.at(MONDAY)
      .kep("KEP-0042", kep -> newcomer.add(kep.supervisor().handlers(1).activeMailbox().staffMember(PostingBasis.ORGANIC_POSITION)))
      .build();
  private final KepFixture kep = fixture.kep("KEP-0042");
  private final MailboxId mailbox = kep.mailbox().orElseThrow();
  private final Principal supervisor = signedIn(kep.supervisor().orElseThrow());
  private final AddHandler addNewcomer = new AddHandler(supervisor, LATER, mailbox, newcomer.get(0));
  private final HandlerAdded added = new HandlerAdded(Actor.of(supervisor), LATER, mailbox, newcomer.get(0));

  private static Principal signedIn(TaxId person) {
    return Principals.employeeWithServiceCredentials(person, ServiceUsername.of("user_" + person.value()));
  }

  @Test
  @DisplayName("C2-C4, state mode: given a directory, the supervisor adds a posted employee; then exactly that event, and the directory shows it")
  void givenDirectoryThenEventsAndDirectory() {
    given(fixture.directory())
        .when(addNewcomer)
        .thenEvents(added)
        .thenDirectory("the newcomer handles the mailbox",
            after -> after.mailbox(mailbox).orElseThrow().handlers().contains(newcomer.get(0)));
  }

  @Test
  @DisplayName("C2-C4, event mode: given the events, the outcome contains the event and the directory equals the replayed history")
  void givenEventsThenContainsAndDirectoryEquality() {
    List<Event> history = new ArrayList<>(fixture.events());
    Outcome outcome = given(fixture.events()).when(addNewcomer).thenEventsContain(added);
    history.add(added);
    outcome.thenDirectory(Directory.replay(history));
    assertEquals(fixture.directory().evolve(added), outcome.directory());
  }

  @Test
  @DisplayName("C2: a handler who is not an administrator is rejected with exactly NOT_AN_ADMINISTRATOR (X2)")
  void thenRejectedWithExactCodes() {
    Outcome outcome = given(fixture)
        .when(new AddHandler(signedIn(kep.handlers().get(0)), LATER, mailbox, newcomer.get(0)))
        .thenRejected(AccessCode.NOT_AN_ADMINISTRATOR);
    assertEquals(fixture.directory(), outcome.directory());
  }

  @Test
  @DisplayName("a wrong rejection expectation fails naming the rule, code and clause, with the decision explained")
  void wrongCodesFailReadably() {
    AssertionError failure = assertThrows(AssertionError.class, () -> given(fixture)
        .when(new AddHandler(signedIn(kep.handlers().get(0)), LATER, mailbox, newcomer.get(0)))
        .thenRejected(GovernanceCode.NOT_ELIGIBLE_AT_KEP));
    String message = failure.getMessage();
    assertTrue(message.contains("Expected the command to be rejected with exactly [NOT_ELIGIBLE_AT_KEP]"), message);
    assertTrue(message.contains("rule RoleOnPlace[MANAGE_HANDLERS]: NOT_AN_ADMINISTRATOR, clause X2"), message);
    assertTrue(message.contains("is not an administrator of mailbox " + mailbox.value()), message);
    assertTrue(message.contains("[NOT_AN_ADMINISTRATOR, clause X2]"), message);
    assertTrue(message.contains(" (" + kep.handlers().get(0).value() + ") asked"), message);   // named, as the directory knows them
  }

  @Test
  @DisplayName("expecting a rejection of an accepted command fails showing the events explained")
  void acceptedWhenRejectionExpectedFails() {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> given(fixture).when(addNewcomer).thenRejected(AccessCode.NOT_AN_ADMINISTRATOR));
    assertTrue(failure.getMessage().contains("But the command was accepted with 1 event(s)"), failure.getMessage());
    assertTrue(failure.getMessage().contains(added.toString()), failure.getMessage());
  }

  @Test
  @DisplayName("expecting other events, a subset of codes, or a failing directory predicate each fails")
  void otherWrongExpectationsFail() {
    HandlerAdded other = new HandlerAdded(Actor.of(supervisor), MONDAY, mailbox, newcomer.get(0));
    Outcome accepted = given(fixture).when(addNewcomer);
    assertThrows(AssertionError.class, () -> accepted.thenEvents(other));
    assertThrows(AssertionError.class, () -> accepted.thenEvents());
    assertThrows(AssertionError.class, () -> accepted.thenEventsContain(added, other));
    AssertionError directory = assertThrows(AssertionError.class, () -> accepted.thenDirectory(fixture.directory()));
    assertTrue(directory.getMessage().contains("expected mailbox: "), directory.getMessage());
    assertTrue(directory.getMessage().contains("but found mailbox: "), directory.getMessage());
    AssertionError predicate = assertThrows(AssertionError.class,
        () -> accepted.thenDirectory("the mailbox has no handler", d -> d.mailbox(mailbox).orElseThrow().handlers().isEmpty()));
    assertTrue(predicate.getMessage().contains("the mailbox has no handler"), predicate.getMessage());
    Outcome rejected = given(fixture).when(new AddHandler(signedIn(kep.handlers().get(0)), LATER, mailbox, kep.handlers().get(0)));
    assertThrows(AssertionError.class, () -> rejected.thenAccepted());
    assertThrows(AssertionError.class, () -> rejected.thenRejected(AccessCode.NOT_AN_ADMINISTRATOR));
  }
}
