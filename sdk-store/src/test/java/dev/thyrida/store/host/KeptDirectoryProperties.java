package dev.thyrida.store.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.Snapshot;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Instant;
import java.util.SplittableRandom;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stored path and the pure path agree: a command sequence submitted through a {@link
 * KeptDirectory} on a real log gets the same decision at every step as deciding and evolving in
 * memory, and the log replays to the same directory.
 */
@DisplayName("The host loop agrees with the pure decider over generated command sequences")
class KeptDirectoryProperties {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final GovernanceRules RULES = GovernanceRules.defaults();
  private static final long SEED = Long.getLong("thyrida.stateful.defaultSeed", 20261122L);

  @Test
  @DisplayName("every step decides alike through the store and in memory, and the log replays to the directory the pure fold makes")
  void storedAndPurePathsAgree() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int accepted = 0;
    for (int run = 0; run < 12; run++) {
      DirectoryFixture world = DirectoryBuilder.at(MONDAY)
          .kep("kep-a", kep -> kep.supervisor().handlers(2).activeMailbox())
          .kep("kep-b", kep -> kep.supervisor().handlers(1).inactiveMailbox())
          .build();
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:agree" + run + ";DB_CLOSE_DELAY=-1");
      EventLog log = JdbcEventLog.migrated(h2);
      log.append(0, world.events());
      KeptDirectory kept = KeptDirectory.load(log, RULES);
      CommandMix mix = CommandMix.all(Cast.standard()).diligent(20);
      SplittableRandom random = seeds.split();
      Scene scene = new Scene(world.directory(), MONDAY);
      for (int step = 0; step < 40; step++) {
        Command command = mix.draw(scene, random);
        Decision pure = Rulebook.decide(command, scene.directory(), RULES);
        Submission stored = kept.submit(command);
        assertEquals(pure, stored.decision(), "run " + run + ", step " + step + ": " + DecidedCommands.describe(command));
        accepted += pure.isAccepted() && !pure.events().isEmpty() ? 1 : 0;
        scene = new Scene(scene.directory().evolveAll(pure.events()), scene.now().plus(DecidedCommands.STEP));
      }
      Directory pureEnd = scene.directory();
      assertEquals(pureEnd, kept.snapshot().directory());
      assertEquals(pureEnd, log.replay(Snapshot.empty()).directory());
    }
    org.junit.jupiter.api.Assertions.assertTrue(accepted >= 12 * 40 / 10, "only " + accepted + " of 480 steps wrote events");
  }
}
