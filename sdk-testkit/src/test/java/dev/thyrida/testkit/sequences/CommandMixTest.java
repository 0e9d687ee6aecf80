package dev.thyrida.testkit.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.policy.access.AccessRules;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The published command draws: reproducible from a seed, every kind drawn, a meaningful share accepted. */
class CommandMixTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final GovernanceRules RULES = GovernanceRules.builder().handoverNeedsApproval(true).build();

  /**
   * Three KEPs, two with a supervisor, handlers and an active mailbox (KEP-1 a second one, for moves),
   * one with a mailbox yet to activate; the municipalities that employ the staff registered, each
   * KEP's supervisor their agency's administrator, and all their staff with a service account
   * authorised for the KEP mailbox application (new employees' accounts are left to the draws).
   */
  static Scene world() {
    DirectoryFixture fixture = DirectoryBuilder.at(T0)
        .kep("KEP-1", kep -> kep.supervisor().handlers(2).activeMailbox())
        .kep("KEP-2", kep -> kep.supervisor().handlers(1).activeMailbox())
        .kep("KEP-3", kep -> kep.supervisor().handlers(1).inactiveMailbox())
        .build();
    Actor hr = new Actor(ActorKind.HOST_SYSTEM, "hr-feed");
    TaxId supervisor = fixture.kep("KEP-1").supervisor().orElseThrow();
    Actor by = new Actor(ActorKind.EMPLOYEE, supervisor.value());
    MailboxId second = MailboxId.of("mailbox-KEP-1-b");
    List<Event> more = List.of(
        new AgencyRegistered(hr, T0, AgencyId.of("municipality-KEP-1"), "Δήμος 1"),
        new AgencyRegistered(hr, T0, AgencyId.of("municipality-KEP-2"), "Δήμος 2"),
        new MailboxCreated(hr, T0, second, new MailboxOwner.OfKep(KepCode.of("KEP-1"))),
        new AdministratorDesignated(by, T0, second, supervisor, Clause.C1),
        new MailboxActivated(by, T0, second));
    List<Event> all = new ArrayList<>(more);
    for (KepFixture kep : fixture.keps().values()) {
      TaxId head = kep.supervisor().orElseThrow();
      AgencyId agency = AgencyId.of("municipality-" + kep.code().value());
      all.add(new AgencyAdministratorAppointed(hr, T0, agency, head));
      for (TaxId handler : kep.staff()) {
        all.add(new ServiceAccountCreated(hr, T0, handler, ServiceUsername.of("svc_" + handler.value())));
        all.add(new AuthorisationGranted(hr, T0, handler, AccessRules.KEP_MAILBOX, Set.of(Role.of("user")), head));
      }
    }
    return new Scene(fixture.directory().evolveAll(all), T0);
  }

  /** Draws and decides a sequence from the world, applying the accepted events. */
  static List<Decision> run(CommandMix mix, long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    Scene scene = world();
    List<Decision> decisions = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      Command command = mix.draw(scene, random);
      Decision decision = Rulebook.decide(command, scene.directory(), RULES);
      decisions.add(decision);
      scene = new Scene(scene.directory().evolveAll(decision.events()), scene.now().plus(DecidedCommands.STEP));
    }
    return decisions;
  }

  @Test
  @DisplayName("the same seed draws the same commands, to the same decisions; another seed draws others")
  void reproducibleFromASeed() {
    CommandMix mix = CommandMix.all(Cast.standard()).diligent(20);
    assertEquals(run(mix, 42L, 300), run(mix, 42L, 300));
    assertNotEquals(run(mix, 42L, 300), run(mix, 43L, 300));
  }

  @Test
  @DisplayName("over many draws every command kind is drawn, and every kind is accepted at least once")
  void everyKindDrawnAndAccepted() {
    Map<CommandKind, int[]> counts = new EnumMap<>(CommandKind.class);
    CommandMix mix = CommandMix.all(Cast.standard()).diligent(20);
    int accepted = 0;
    int total = 0;
    for (long seed = 1; seed <= 30; seed++) {
      for (Decision decision : run(mix, seed, 120)) {
        int[] count = counts.computeIfAbsent(kind(decision.command()), k -> new int[2]);
        count[decision.isAccepted() ? 0 : 1]++;
        accepted += decision.isAccepted() ? 1 : 0;
        total++;
      }
    }
    for (CommandKind kind : CommandKind.values()) {
      int[] count = counts.getOrDefault(kind, new int[2]);
      assertTrue(count[0] > 0, kind + " never accepted: " + count[1] + " rejected");
      assertTrue(count[1] > 0, kind + " never rejected: " + count[0] + " accepted");
    }
    assertTrue(accepted * 100 >= total * MEANINGFUL_PERCENT, accepted + " of " + total + " accepted");
  }

  /** The least share of drawn commands the decider accepts, over the whole mix. */
  static final int MEANINGFUL_PERCENT = 25;

  static CommandKind kind(Command command) {
    for (CommandKind kind : CommandKind.values()) {
      String name = kind.name().replace("_", "");
      if (name.equalsIgnoreCase(command.getClass().getSimpleName())) {
        return kind;
      }
    }
    throw new AssertionError("no kind draws " + command.getClass());
  }

  @Test
  @DisplayName("a mix draws only the kinds of its families, and a weight of 0 leaves a kind out")
  void familiesAndWeights() {
    CommandMix accounts = CommandMix.of(Cast.standard(), CommandKind.Family.ACCOUNTS)
        .weight(CommandKind.CHANGE_PASSWORD, 0).weight(CommandKind.GRANT_AUTHORISATION, 0)
        .weight(CommandKind.WITHDRAW_AUTHORISATION, 0).weight(CommandKind.CHANGE_AUTHORISATION, 0);
    assertEquals(List.of(CommandKind.CREATE_SERVICE_ACCOUNT, CommandKind.CHANGE_USERNAME),
        List.copyOf(accounts.kinds()));
    for (Decision decision : run(accounts, 7L, 100)) {
      assertTrue(accounts.kinds().contains(kind(decision.command())), decision.command()::toString);
    }
    assertThrows(IllegalArgumentException.class, () -> accounts.weight(CommandKind.CREATE_SERVICE_ACCOUNT, -1));
    assertThrows(IllegalArgumentException.class, () -> CommandMix.of(Cast.standard()));
    assertThrows(IllegalArgumentException.class, () -> accounts.diligent(101));
  }

  @Test
  @DisplayName("as a QuickTheories generator the mix yields only its own kinds, drawn from the scene")
  void asAGenerator() {
    CommandMix requests = CommandMix.of(Cast.standard(), CommandKind.Family.REQUESTS);
    Scene scene = world();
    qt().forAll(requests.commands(scene))
        .check(command -> requests.kinds().contains(kind(command)) && command.issuedAt().equals(scene.now()));
  }

  @Test
  @DisplayName("a cast needs people, an official and a host; a scene a directory and an instant")
  void castAndScene() {
    assertThrows(InvalidValueException.class, () -> Cast.of(List.of()));
    assertThrows(InvalidValueException.class, () -> new Scene(world().directory(), null));
    assertEquals(Cast.STANDARD_PEOPLE, Cast.standard().people().size());
    assertTrue(Cast.standard().people().contains(Cast.standard().official()));
  }
}
