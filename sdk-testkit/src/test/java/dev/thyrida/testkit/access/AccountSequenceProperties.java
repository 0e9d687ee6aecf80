package dev.thyrida.testkit.access;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.UsernameChanged;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.ActionSource;
import dev.thyrida.testkit.property.Postcondition;
import dev.thyrida.testkit.property.StatefulProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D4, K3: sequences of account commands")
class AccountSequenceProperties {

  private static final World WORLD = World.build(false);
  private static final List<String> NAMES = List.of("maria_pap1", "nikos_ant2", "eleni_geo3", "kostas_d4");
  private static final String GOOD = "Kep#2026a";

  @Test
  @DisplayName("D4: usernames stay unique ignoring case across any sequence of account commands")
  void usernamesStayUnique() {
    StatefulProperty.from(() -> WORLD.initial)
        .actions(ActionSource.weighted(
            ActionSource.weight(3, AccountSequenceProperties::create),
            ActionSource.weight(3, AccountSequenceProperties::rename),
            ActionSource.weight(1, AccountSequenceProperties::changePassword)))
        .invariant("service usernames are unique ignoring case (D4)", AccountSequenceProperties::unique)
        .invariant("at most one service account per employee (K3)",
            directory -> directory.accounts().stream().map(ServiceAccount::holder).distinct().count()
                == directory.accounts().size())
        .requireCoverage("CreateServiceAccount accepted", 0.02)
        .requireCoverage("CreateServiceAccount rejected", 0.02)
        .requireCoverage("ChangeUsername accepted", 0.02)
        .requireCoverage("ChangeUsername rejected", 0.02)
        .runs(80)
        .steps(40)
        .check();
  }

  private static boolean unique(Directory directory) {
    Set<String> folded = new HashSet<>();
    return directory.accounts().stream().allMatch(account -> folded.add(account.username().folded()));
  }

  /** The step's own check: an accepted username is no other account's, ignoring case, before the step. */
  private static void freeBefore(Directory before, Event event) {
    if (event instanceof ServiceAccountCreated || event instanceof UsernameChanged) {
      TaxId holder = event instanceof ServiceAccountCreated
          ? ((ServiceAccountCreated) event).holder() : ((UsernameChanged) event).holder();
      ServiceUsername username = event instanceof ServiceAccountCreated
          ? ((ServiceAccountCreated) event).username() : ((UsernameChanged) event).username();
      Postcondition.require(before.accounts().stream().noneMatch(account -> !account.holder().equals(holder)
          && account.username().folded().equals(username.folded())),
          "an accepted username is no other account's, ignoring case (D4)");
    }
  }

  /** A username from a small pool, in a random mix of cases, so that collisions are frequent. */
  private static ServiceUsername username(SplittableRandom random) {
    String name = World.pick(NAMES, random);
    StringBuilder mixed = new StringBuilder();
    name.chars().forEach(c -> mixed.append((char) (random.nextInt(3) == 0 ? Character.toUpperCase(c) : c)));
    return ServiceUsername.of(mixed.toString());
  }

  private static Principal employee(SplittableRandom random) {
    TaxId person = World.pick(WORLD.staff, random);
    return random.nextInt(5) == 0 ? WORLD.anyone(random) : Principals.employeeWithTaxisNet(person);
  }

  private static Action<Directory> act(String verb, Command command) {
    return Action.of(verb + "(" + command.actor().description() + describe(command) + ")",
        before -> World.step(before, command, AccountSequenceProperties::freeBefore));
  }

  private static String describe(Command command) {
    if (command instanceof CreateServiceAccount) {
      return ", " + ((CreateServiceAccount) command).username();
    }
    return command instanceof ChangeUsername ? ", " + ((ChangeUsername) command).username() : "";
  }

  private static Action<Directory> create(Directory state, SplittableRandom random) {
    return act("create", new CreateServiceAccount(employee(random), World.at(random), username(random),
        Password.of(GOOD), Password.of(random.nextInt(8) == 0 ? "x" : GOOD)));
  }

  private static Action<Directory> rename(Directory state, SplittableRandom random) {
    return act("rename", new ChangeUsername(employee(random), World.at(random), username(random)));
  }

  private static Action<Directory> changePassword(Directory state, SplittableRandom random) {
    return act("password", new ChangePassword(employee(random), World.at(random), Password.of(GOOD),
        Password.of(GOOD)));
  }
}
