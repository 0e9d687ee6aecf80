package dev.thyrida.core.directory;

import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.agency.Agency;
import dev.thyrida.core.event.AccountEvent;
import dev.thyrida.core.event.CaseEvent;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.KepEvent;
import dev.thyrida.core.event.StaffEvent;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory (μητρώο): one immutable snapshot of KEPs, mailboxes, agencies, employees, postings,
 * service accounts, requests and documents, which the policies read (C1–C10, K3, L26-1, X9).
 *
 * <p>Built by applying events: {@link #evolve(Event)} is total and pure and costs O(log n) per event
 * (persistent maps inside, ADR 0011); an event about something missing changes nothing (ADR 0012).
 * Lookups by id cost O(log n); collections returned are unmodifiable {@code java.util} views.
 */
public final class Directory {

  private static final Directory EMPTY =
      new Directory(StaffRegister.EMPTY, KepRegister.EMPTY, AccountRegister.EMPTY, CaseRegister.EMPTY, null);

  private final StaffRegister staff;
  private final KepRegister keps;
  private final AccountRegister accounts;
  private final CaseRegister cases;
  /** The latest instant of an event applied (D10); null for the empty directory. */
  private final Instant instant;

  private Directory(StaffRegister staff, KepRegister keps, AccountRegister accounts, CaseRegister cases,
      Instant instant) {
    this.staff = staff;
    this.keps = keps;
    this.accounts = accounts;
    this.cases = cases;
    this.instant = instant;
  }

  /**
   * The directory with nothing in it.
   *
   * @return the empty directory
   */
  public static Directory empty() {
    return EMPTY;
  }

  /**
   * The directory that a list of events builds from the empty one.
   *
   * @param events the events, in order
   * @return the directory after all of them
   */
  public static Directory replay(List<? extends Event> events) {
    return EMPTY.evolveAll(events);
  }

  /**
   * The directory after one event: total (every event type; never throws for a present event) and
   * pure, in O(log n).
   *
   * @param event the event
   * @return the new directory; this same instance when the event changes nothing
   * @throws dev.thyrida.core.identity.InvalidValueException when the event is null
   */
  public Directory evolve(Event event) {
    Shape.required("Directory", "event", event);
    Instant next = instant == null || event.at().isAfter(instant) ? event.at() : instant;
    if (event instanceof StaffEvent) {
      return with(StaffEvolution.apply(staff, (StaffEvent) event), keps, accounts, cases, next);
    }
    if (event instanceof KepEvent) {
      return with(staff, KepEvolution.apply(keps, (KepEvent) event), accounts, cases, next);
    }
    if (event instanceof AccountEvent) {
      return with(staff, keps, AccountEvolution.apply(accounts, (AccountEvent) event), cases, next);
    }
    return with(staff, keps, accounts, CaseEvolution.apply(cases, (CaseEvent) event), next);
  }

  /**
   * The directory's instant (D10): the latest instant of the events it applied. A command issued
   * before it would be judged in the past, so the decider refuses it.
   *
   * @return the instant, or empty for a directory no event built
   */
  public Optional<Instant> instant() {
    return Optional.ofNullable(instant);
  }

  /**
   * The directory after a list of events, applied one by one.
   *
   * @param events the events, in order
   * @return the new directory
   */
  public Directory evolveAll(List<? extends Event> events) {
    Directory directory = this;
    for (Event event : Shape.required("Directory", "events", events)) {
      directory = directory.evolve(event);
    }
    return directory;
  }

  /** The staff register, for tests of structural sharing. */
  StaffRegister staffRegister() {
    return staff;
  }

  /** The KEP register, for tests of structural sharing. */
  KepRegister kepRegister() {
    return keps;
  }

  private Directory with(StaffRegister s, KepRegister k, AccountRegister a, CaseRegister c, Instant at) {
    if (s == staff && k == keps && a == accounts && c == cases && at.equals(instant)) {
      return this;
    }
    return new Directory(s, k, a, c, at);
  }

  /**
   * A KEP by code.
   *
   * @param code the code
   * @return the KEP, or empty
   */
  public Optional<Kep> kep(KepCode code) {
    return Optional.ofNullable(keps.keps().get(code));
  }

  /**
   * Every KEP.
   *
   * @return an unmodifiable view
   */
  public Collection<Kep> keps() {
    return Collections.unmodifiableCollection(keps.keps().values());
  }

  /**
   * A mailbox by id.
   *
   * @param id the id
   * @return the mailbox, or empty
   */
  public Optional<Mailbox> mailbox(MailboxId id) {
    return Optional.ofNullable(keps.mailboxes().get(id));
  }

  /**
   * Every mailbox.
   *
   * @return an unmodifiable view
   */
  public Collection<Mailbox> mailboxes() {
    return Collections.unmodifiableCollection(keps.mailboxes().values());
  }

  /**
   * The request mailboxes of a KEP (C1).
   *
   * @param code the KEP's code
   * @return its mailboxes, possibly none
   */
  public List<Mailbox> mailboxesOf(KepCode code) {
    return resolve(Index.get(keps.mailboxesByKep(), code), keps.mailboxes());
  }

  /**
   * The mailboxes a person is a handler of (C5, D6).
   *
   * @param person the person's tax id
   * @return the mailboxes' ids, possibly none
   */
  public Set<MailboxId> mailboxesHandledBy(TaxId person) {
    return Collections.unmodifiableSet(Index.get(keps.handledBy(), person));
  }

  /**
   * The mailboxes a person is an administrator of (C7, D6).
   *
   * @param person the person's tax id
   * @return the mailboxes' ids, possibly none
   */
  public Set<MailboxId> mailboxesAdministeredBy(TaxId person) {
    return Collections.unmodifiableSet(Index.get(keps.administeredBy(), person));
  }

  /**
   * An agency by id.
   *
   * @param id the id
   * @return the agency, or empty
   */
  public Optional<Agency> agency(AgencyId id) {
    return Optional.ofNullable(accounts.agencies().get(id));
  }

  /**
   * Every agency.
   *
   * @return an unmodifiable view
   */
  public Collection<Agency> agencies() {
    return Collections.unmodifiableCollection(accounts.agencies().values());
  }

  /**
   * An employee by tax id.
   *
   * @param taxId the tax id
   * @return the employee, or empty
   */
  public Optional<Employee> employee(TaxId taxId) {
    return Optional.ofNullable(staff.employees().get(taxId));
  }

  /**
   * Every employee.
   *
   * @return an unmodifiable view
   */
  public Collection<Employee> employees() {
    return Collections.unmodifiableCollection(staff.employees().values());
  }

  /**
   * A posting by id.
   *
   * @param id the id
   * @return the posting, or empty
   */
  public Optional<Posting> posting(PostingId id) {
    return Optional.ofNullable(staff.postings().get(id));
  }

  /**
   * An employee's postings, current and past (C3, D8).
   *
   * @param employee the employee's tax id
   * @return the postings, possibly none
   */
  public List<Posting> postingsOf(TaxId employee) {
    return resolve(Index.get(staff.postingsByEmployee(), employee), staff.postings());
  }

  /**
   * The postings at a KEP, current and past (C3, D8).
   *
   * @param code the KEP's code
   * @return the postings, possibly none
   */
  public List<Posting> postingsAt(KepCode code) {
    return resolve(Index.get(staff.postingsByKep(), code), staff.postings());
  }

  /**
   * An employee's service account (K3).
   *
   * @param holder the employee's tax id
   * @return the account, or empty
   */
  public Optional<ServiceAccount> account(TaxId holder) {
    return Optional.ofNullable(accounts.accounts().get(holder));
  }

  /**
   * The service account with a username, ignoring case (D4).
   *
   * @param username the username
   * @return the account, or empty
   */
  public Optional<ServiceAccount> accountByUsername(ServiceUsername username) {
    return Optional.ofNullable(accounts.holdersByUsername().get(username.folded())).flatMap(this::account);
  }

  /**
   * Every service account.
   *
   * @return an unmodifiable view
   */
  public Collection<ServiceAccount> accounts() {
    return Collections.unmodifiableCollection(accounts.accounts().values());
  }

  /**
   * A request by id.
   *
   * @param id the id
   * @return the request, or empty
   */
  public Optional<CitizenRequest> request(RequestId id) {
    return Optional.ofNullable(cases.requests().get(id));
  }

  /**
   * The requests sent to a mailbox (X2: the request history).
   *
   * @param mailbox the mailbox's id
   * @return the requests, possibly none
   */
  public List<CitizenRequest> requestsIn(MailboxId mailbox) {
    return resolve(Index.get(cases.requestsByMailbox(), mailbox), cases.requests());
  }

  /**
   * A document by id.
   *
   * @param id the id
   * @return the document, or empty
   */
  public Optional<Document> document(DocumentId id) {
    return Optional.ofNullable(cases.documents().get(id));
  }

  /**
   * The documents in a person's mailbox (L26-1).
   *
   * @param holder the person's tax id
   * @return the documents, possibly none
   */
  public List<Document> documentsOf(TaxId holder) {
    return resolve(Index.get(cases.documentsByHolder(), holder), cases.documents());
  }

  private static <K, V> List<V> resolve(Collection<K> ids, Map<K, V> byId) {
    return ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Directory)) {
      return false;
    }
    Directory that = (Directory) other;
    return staff.equals(that.staff) && keps.equals(that.keps)
        && accounts.equals(that.accounts) && cases.equals(that.cases) && Objects.equals(instant, that.instant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(staff, keps, accounts, cases, instant);
  }

  @Override
  public String toString() {
    return "Directory[keps=" + keps.keps().size() + ", mailboxes=" + keps.mailboxes().size()
        + ", employees=" + staff.employees().size() + ", accounts=" + accounts.accounts().size()
        + ", requests=" + cases.requests().size() + ", documents=" + cases.documents().size()
        + ", instant=" + instant + "]";
  }
}
