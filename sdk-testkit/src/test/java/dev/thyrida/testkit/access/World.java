package dev.thyrida.testkit.access;

import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.TaxIds;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The world the access sequences run in: two KEPs with active mailboxes, their staff (with service
 * accounts authorised for the KEP mailbox application when asked) and three citizens, who form the
 * cast the commands are drawn with; decided in production.
 */
final class World {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final GovernanceRules PRODUCTION = GovernanceRules.defaults();
  static final List<TaxId> CITIZENS = List.of(TaxIds.valid(60_000_001), TaxIds.valid(60_000_002),
      TaxIds.valid(60_000_003));

  final Cast cast;
  final Scene initial;

  private World(DirectoryFixture fixture, List<Event> accounts) {
    List<TaxId> staff = fixture.keps().values().stream().flatMap(kep -> kep.staff().stream())
        .collect(Collectors.toList());
    this.cast = Cast.of(Stream.concat(staff.stream(), CITIZENS.stream()).collect(Collectors.toList()));
    this.initial = new Scene(fixture.directory().evolveAll(accounts), T0);
  }

  /**
   * Builds the world; every staff member gets a service account when {@code withAccounts}.
   *
   * @param withAccounts whether staff start with accounts and authorisations
   * @return the world
   */
  static World build(boolean withAccounts) {
    DirectoryBuilder builder = DirectoryBuilder.at(T0);
    if (!withAccounts) {
      builder.withoutServiceAccounts();
    }
    DirectoryFixture fixture = builder
        .kep("kep-a", kep -> kep.supervisor().handlers(2).activeMailbox())
        .kep("kep-b", kep -> kep.supervisor().handlers(1).activeMailbox())
        .build();
    return new World(fixture, List.of());
  }

  /**
   * Everyone of the cast: the staff and the citizens.
   *
   * @return the people
   */
  List<TaxId> people() {
    return cast.people();
  }
}
