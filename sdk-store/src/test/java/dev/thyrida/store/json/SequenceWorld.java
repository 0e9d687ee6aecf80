package dev.thyrida.store.json;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.TaxIds;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the round-trip sequences run: three KEPs with mailboxes, their staff's agencies registered, their staff with service accounts
 * authorised for the KEP mailbox (when asked), and citizens, all of them the cast commands are drawn with.
 */
final class SequenceWorld {

  private final Cast cast;
  private final Scene scene;

  private SequenceWorld(Cast cast, Scene scene) {
    this.cast = cast;
    this.scene = scene;
  }

  static SequenceWorld build(Instant at, boolean withAccounts) {
    DirectoryFixture fixture = DirectoryBuilder.at(at)
        .kep("kep-a", kep -> kep.supervisor().handlers(3).activeMailbox())
        .kep("kep-b", kep -> kep.supervisor().handlers(2).activeMailbox())
        .kep("kep-c", kep -> kep.supervisor().handlers(1).inactiveMailbox())
        .build();
    Actor hr = new Actor(ActorKind.HOST_SYSTEM, "accounts");
    List<Event> accounts = new ArrayList<>();
    fixture.directory().employees().stream().map(e -> e.agency()).distinct().sorted(java.util.Comparator.comparing(Object::toString))
        .forEach(agency -> accounts.add(new AgencyRegistered(hr, at, agency, "Δήμος " + agency.value())));
    List<TaxId> people = new ArrayList<>();
    for (KepFixture kep : fixture.keps().values()) {
      for (TaxId person : kep.staff()) {
        people.add(person);
        if (!withAccounts) {
          continue;
        }
        accounts.add(new ServiceAccountCreated(hr, at, person, ServiceUsername.of("svc_" + person.value())));
        accounts.add(new AuthorisationGranted(hr, at, person, GovernanceRules.KEP_MAILBOX, Set.of(Role.of("user")),
            kep.supervisor().orElseThrow()));
      }
    }
    for (int i = 1; i <= 3; i++) {
      people.add(TaxIds.valid(60_000_000 + i));
    }
    return new SequenceWorld(Cast.of(people), new Scene(fixture.directory().evolveAll(accounts), at));
  }

  Cast cast() {
    return cast;
  }

  Scene scene() {
    return scene;
  }
}
