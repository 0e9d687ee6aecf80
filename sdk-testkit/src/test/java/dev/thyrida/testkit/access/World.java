package dev.thyrida.testkit.access;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.access.AccessRules;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.directory.TaxIds;
import dev.thyrida.testkit.property.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The world the access sequences run in: two KEPs with active mailboxes, their staff with service
 * accounts authorised for the KEP mailbox application, and three citizens; decided in production.
 */
final class World {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final GovernanceRules PRODUCTION = GovernanceRules.defaults();
  static final List<TaxId> CITIZENS = List.of(TaxIds.valid(60_000_001), TaxIds.valid(60_000_002),
      TaxIds.valid(60_000_003));

  final DirectoryFixture fixture;
  final List<TaxId> staff;
  final List<MailboxId> mailboxes;
  final Directory initial;

  private World(DirectoryFixture fixture, List<Event> accounts) {
    this.fixture = fixture;
    this.staff = fixture.keps().values().stream().flatMap(kep -> kep.staff().stream()).collect(Collectors.toList());
    this.mailboxes = fixture.keps().values().stream().flatMap(kep -> kep.mailbox().stream())
        .collect(Collectors.toList());
    this.initial = fixture.directory().evolveAll(accounts);
  }

  /**
   * Builds the world; every staff member gets a service account when {@code withAccounts}.
   *
   * @param withAccounts whether staff start with accounts and authorisations
   * @return the world
   */
  static World build(boolean withAccounts) {
    DirectoryFixture fixture = DirectoryBuilder.at(T0)
        .kep("kep-a", kep -> kep.supervisor().handlers(2).activeMailbox())
        .kep("kep-b", kep -> kep.supervisor().handlers(1).activeMailbox())
        .build();
    List<Event> accounts = new ArrayList<>();
    if (withAccounts) {
      Actor hr = new Actor(ActorKind.HOST_SYSTEM, "accounts");
      for (KepFixture kep : fixture.keps().values()) {
        for (TaxId person : kep.staff()) {
          accounts.add(new ServiceAccountCreated(hr, T0, person, username(person)));
          accounts.add(new AuthorisationGranted(hr, T0, person, AccessRules.KEP_MAILBOX, Set.of(Role.of("user")),
              kep.supervisor().orElseThrow()));
        }
      }
    }
    return new World(fixture, accounts);
  }

  static ServiceUsername username(TaxId person) {
    return ServiceUsername.of("svc_" + person.value());
  }

  /** An instant some minutes into the run, so that commands are ordered but stay within retention. */
  static Instant at(SplittableRandom random) {
    return T0.plus(Duration.ofMinutes(random.nextInt(1, 10_000)));
  }

  /**
   * Anyone: a staff member by service credentials (most often) or TAXISnet, a citizen, or nobody.
   *
   * @param random the source
   * @return the principal
   */
  Principal anyone(SplittableRandom random) {
    int roll = random.nextInt(10);
    if (roll < 5) {
      TaxId person = pick(staff, random);
      return Principals.employeeWithServiceCredentials(person, username(person));
    }
    if (roll < 7) {
      return Principals.employeeWithTaxisNet(pick(staff, random));
    }
    return roll < 9 ? Principals.citizen(pick(CITIZENS, random)) : Principals.nobody();
  }

  static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  /**
   * Decides a command, checks the step's postconditions on the accepted events against the state
   * before, and moves on, labelled {@code "<Command> accepted"} or {@code "<Command> rejected"}.
   *
   * @param before the state before
   * @param command the command
   * @param postcondition the step's checks
   * @return the transition
   */
  static Transition<Directory> step(Directory before, Command command, BiConsumer<Directory, Event> postcondition) {
    Decision decision = Decider.decide(command, before, PRODUCTION);
    decision.events().forEach(event -> postcondition.accept(before, event));
    String name = command.getClass().getSimpleName();
    return Transition.to(before.evolveAll(decision.events()), name + (decision.isAccepted() ? " accepted" : " rejected"));
  }
}
