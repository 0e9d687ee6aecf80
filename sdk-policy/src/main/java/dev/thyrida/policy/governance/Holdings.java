package dev.thyrida.policy.governance;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.agency.Agency;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AdministratorRemoved;
import dev.thyrida.core.event.AgencyAdministratorRemoved;
import dev.thyrida.core.event.AuthorisationWithdrawn;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.ServiceAccountSuspended;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a person holds (ό,τι κατέχει ένα πρόσωπο, C6, D6): handler assignments, administrator
 * roles, application authorisations, an active service account, agency administrator roles; each
 * list in a stable order. {@link #removals} are the events that take away all of it.
 *
 * @param person the person
 * @param handlerOf the mailboxes the person handles
 * @param administratorOf the mailboxes the person administers
 * @param authorisations the applications the person's service account is authorised for (K8)
 * @param activeAccount whether the person has an active service account (K1)
 * @param agencyAdministratorOf the agencies the person administers (X5)
 */
public record Holdings(
    TaxId person,
    List<MailboxId> handlerOf,
    List<MailboxId> administratorOf,
    List<ApplicationId> authorisations,
    boolean activeAccount,
    List<AgencyId> agencyAdministratorOf) {

  /**
   * Checks the person is present and freezes the lists.
   *
   * @param person the person
   * @param handlerOf the handled mailboxes
   * @param administratorOf the administered mailboxes
   * @param authorisations the authorised applications
   * @param activeAccount whether the account is active
   * @param agencyAdministratorOf the administered agencies
   */
  public Holdings {
    Objects.requireNonNull(person, "Holdings: person is required");
    handlerOf = List.copyOf(handlerOf);
    administratorOf = List.copyOf(administratorOf);
    authorisations = List.copyOf(authorisations);
    agencyAdministratorOf = List.copyOf(agencyAdministratorOf);
  }

  /**
   * What a person holds in a directory.
   *
   * @param person the person
   * @param directory the directory
   * @return the holdings, each list sorted by id
   */
  public static Holdings of(TaxId person, Directory directory) {
    List<ApplicationId> authorised = directory.account(person)
        .map(account -> sorted(account.authorisations().keySet(), ApplicationId::value))
        .orElse(List.of());
    boolean active = directory.account(person).map(ServiceAccount::state).filter(AccountState.ACTIVE::equals).isPresent();
    List<AgencyId> agencies = directory.agencies().stream()
        .filter(agency -> agency.administrators().contains(person))
        .map(Agency::id)
        .toList();
    return new Holdings(person,
        sorted(directory.mailboxesHandledBy(person), MailboxId::value),
        sorted(directory.mailboxesAdministeredBy(person), MailboxId::value),
        authorised, active, sorted(agencies, AgencyId::value));
  }

  /**
   * Tells whether the person holds any mailbox role, authorisation, active account or agency
   * administrator role.
   *
   * @return true when something would be removed by {@link #removals}
   */
  public boolean holdsRemovableRights() {
    return !handlerOf.isEmpty() || !administratorOf.isEmpty() || !authorisations.isEmpty() || activeAccount
        || !agencyAdministratorOf.isEmpty();
  }

  /**
   * The events that remove every handler assignment, administrator role and authorisation, suspend
   * the service account and remove every agency administrator role (D6): one event per removal, in
   * a stable order.
   *
   * @param actor who removes them
   * @param at when
   * @param clause the clause the handler removals and withdrawals cite, e.g. C6
   * @return the events; empty when nothing is held
   */
  public List<Event> removals(Actor actor, Instant at, Clause clause) {
    List<Event> events = new ArrayList<>();
    handlerOf.forEach(mailbox -> events.add(new HandlerRemoved(actor, at, mailbox, person, clause)));
    administratorOf.forEach(mailbox -> events.add(new AdministratorRemoved(actor, at, mailbox, person)));
    authorisations.forEach(application -> events.add(new AuthorisationWithdrawn(actor, at, person, application, clause)));
    if (activeAccount) {
      events.add(new ServiceAccountSuspended(actor, at, person, clause));
    }
    agencyAdministratorOf.forEach(agency -> events.add(new AgencyAdministratorRemoved(actor, at, agency, person)));
    return events;
  }

  private static <T> List<T> sorted(Collection<T> items, Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }
}
