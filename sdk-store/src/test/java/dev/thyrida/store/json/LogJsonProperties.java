package dev.thyrida.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.EventTypes;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import dev.thyrida.testkit.generators.ThyridaGenerators;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON form: round trips over the testkit's generators")
class LogJsonProperties {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  @DisplayName("every event of every generated directory decodes to an equal event")
  void everyEventOfAGeneratedDirectoryRoundTrips() {
    qt().withExamples(60).forAll(ThyridaGenerators.directories(4))
        .checkAssert(fixture -> fixture.events().forEach(RoundTrip::event));
  }

  @Test
  @DisplayName("every command drawn and every event decided in generated sequences round-trips; those with a password are refused (D5)")
  void everyDrawnCommandAndDecidedEventRoundTrips() {
    Set<String> eventsSeen = new ConcurrentSkipListSet<>();
    Set<String> commandsSeen = new ConcurrentSkipListSet<>();
    for (boolean accounts : List.of(false, true)) {
      GovernanceRules rules = GovernanceRules.builder().handoverNeedsApproval(accounts).build();
      SequenceWorld world = SequenceWorld.build(MONDAY, accounts);
      CommandMix mix = CommandMix.all(world.cast()).weight(CommandKind.REJECT_REQUEST, 3)
          .weight(CommandKind.APPOINT_AGENCY_ADMINISTRATOR, 4).weight(CommandKind.GRANT_AUTHORISATION, 4).diligent(25);
      StatefulProperty.from(world::scene)
          .actions(DecidedCommands.from(mix, rules, (before, decision) -> {
            Command command = decision.command();
            commandsSeen.add(command.getClass().getSimpleName());
            RoundTrip.command(command, password(command));
            for (Event event : decision.events()) {
              eventsSeen.add(event.type());
              RoundTrip.event(event);
            }
          }))
          .runs(30).steps(60)
          .check();
    }
    Set<String> unseen = new TreeSet<>(EventTypes.all().keySet());
    unseen.removeAll(eventsSeen);
    assertEquals(Set.of(), unseen, "event types the sequences never produced");
    assertEquals(31, commandsSeen.size(), "command kinds drawn: " + commandsSeen);
  }

  private static Password password(Command command) {
    if (command instanceof CreateServiceAccount) {
      return ((CreateServiceAccount) command).password();
    }
    if (command instanceof ChangePassword) {
      return ((ChangePassword) command).password();
    }
    return null;
  }
}
