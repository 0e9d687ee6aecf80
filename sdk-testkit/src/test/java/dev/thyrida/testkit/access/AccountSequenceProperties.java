package dev.thyrida.testkit.access;

import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.UsernameChanged;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.testkit.property.Postcondition;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D4, K3: sequences of account commands")
class AccountSequenceProperties {

  private static final World WORLD = World.build(false);
  /** The account commands of D4, K3; authorisations (K8, X5) are not what this property is about. */
  private static final CommandMix ACCOUNTS = CommandMix.of(WORLD.cast, CommandKind.Family.ACCOUNTS)
      .weight(CommandKind.GRANT_AUTHORISATION, 0).weight(CommandKind.CHANGE_AUTHORISATION, 0)
      .weight(CommandKind.WITHDRAW_AUTHORISATION, 0);

  @Test
  @DisplayName("D4: usernames stay unique ignoring case across any sequence of account commands")
  void usernamesStayUnique() {
    StatefulProperty.from(() -> WORLD.initial)
        .actions(DecidedCommands.from(ACCOUNTS, World.PRODUCTION,
            AccountSequenceProperties::freeBefore))
        .invariant("service usernames are unique ignoring case (D4)", scene -> unique(scene.directory()))
        .invariant("at most one service account per employee (K3)",
            scene -> scene.directory().accounts().stream().map(ServiceAccount::holder).distinct().count()
                == scene.directory().accounts().size())
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
  private static void freeBefore(Directory before, Decision decision) {
    for (Event event : decision.events()) {
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
  }
}
