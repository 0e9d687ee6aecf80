package dev.thyrida.testkit.hr;

import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fake HR registry: a test records what HR knows (hirings, postings, their ends, losses of
 * status, supervisor appointments), each at the registry clock's instant, and the registry emits
 * the matching sdk-core command (RegisterEmployee, RecordPosting, RecordPostingEnd,
 * RecordStatusLoss, AppointSupervisor, RegisterKep) issued by its own host-system principal, to
 * every subscriber and into {@link #commands()}. It keeps the history, so a test can ask what held
 * at any instant. It refuses facts that contradict its own records (an unknown employee, a posting
 * ended twice), as a real registry would. Thread-safe.
 */
public final class FakeHrRegistry {

  private final Principal feed;
  private final Clock clock;
  private final HrHistory history = new HrHistory();
  private final List<Command> emitted = new ArrayList<>();
  private final List<Consumer<? super Command>> subscribers = new ArrayList<>();
  private int nextPosting = 1;

  private FakeHrRegistry(Principal feed, Clock clock) {
    this.feed = Objects.requireNonNull(feed, "the feed's principal is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /**
   * A registry whose commands are issued by the host system {@code hr-registry}.
   *
   * @param clock the clock facts are dated by (a {@code ControllableClock} in tests)
   * @return an empty registry
   */
  public static FakeHrRegistry withClock(Clock clock) {
    return new FakeHrRegistry(new Principal.HostSystem("hr-registry"), clock);
  }

  /**
   * A registry whose commands are issued by a given principal.
   *
   * @param feed who issues the commands
   * @param clock the clock facts are dated by
   * @return an empty registry
   */
  public static FakeHrRegistry of(Principal feed, Clock clock) {
    return new FakeHrRegistry(feed, clock);
  }

  /**
   * Delivers every command emitted from now on to a subscriber, in order.
   *
   * @param subscriber e.g. a host's command handler
   * @return this registry
   */
  public synchronized FakeHrRegistry subscribe(Consumer<? super Command> subscriber) {
    subscribers.add(Objects.requireNonNull(subscriber, "subscriber is required"));
    return this;
  }

  /**
   * Records a KEP in the register (C1).
   *
   * @param kep its code
   * @param name its name
   * @param municipality its municipality
   * @return the emitted command
   */
  public synchronized RegisterKep registerKep(KepCode kep, String name, String municipality) {
    RegisterKep command = new RegisterKep(feed, now(), kep, name, municipality);
    history.kep(kep);
    return emit(command);
  }

  /**
   * Records a hiring: an active public servant of an agency (C3, C6).
   *
   * @param employee the tax id
   * @param name the name
   * @param agency the employing agency
   * @return the emitted command
   */
  public synchronized RegisterEmployee hire(TaxId employee, PersonName name, AgencyId agency) {
    RegisterEmployee command = new RegisterEmployee(feed, now(), employee, name, agency);
    history.hire(employee);
    return emit(command);
  }

  /**
   * Records a posting at a KEP from now on, open-ended (C3; D8).
   *
   * @param employee a hired, active employee
   * @param kep a registered KEP
   * @param basis organic position, transfer or placement
   * @param branch the staff branch
   * @param decision the decision's protocol number: required for a transfer or placement
   * @return the emitted command; its posting's id names the posting in {@link #endPosting}
   */
  public synchronized RecordPosting post(TaxId employee, KepCode kep, PostingBasis basis,
      StaffBranch branch, Optional<DecisionReference> decision) {
    Posting posting = new Posting(PostingId.of("posting-" + nextPosting), employee, kep, basis, branch,
        decision, now(), Optional.empty());
    history.post(posting);
    nextPosting++;
    return emit(new RecordPosting(feed, now(), posting));
  }

  /**
   * Records a permanent post (οργανική θέση) in the KEP staff branch from now on (C3 a).
   *
   * @param employee a hired, active employee
   * @param kep a registered KEP
   * @return the emitted command
   */
  public RecordPosting postOrganically(TaxId employee, KepCode kep) {
    return post(employee, kep, PostingBasis.ORGANIC_POSITION, StaffBranch.KEP_STAFF_BRANCH, Optional.empty());
  }

  /**
   * Ends an open posting now (D8).
   *
   * @param posting the posting's id
   * @return the emitted command
   */
  public synchronized RecordPostingEnd endPosting(PostingId posting) {
    TaxId employee = history.end(posting, now());
    return emit(new RecordPostingEnd(feed, now(), employee, posting, now()));
  }

  /**
   * Records the loss of public-servant status now (C6).
   *
   * @param employee an active employee
   * @param reason why
   * @return the emitted command
   */
  public synchronized RecordStatusLoss loseStatus(TaxId employee, LossReason reason) {
    RecordStatusLoss command = new RecordStatusLoss(feed, now(), employee, now(), reason);
    history.lose(employee, now());
    return emit(command);
  }

  /**
   * Records the appointment of a KEP's supervisor from now on (C7).
   *
   * @param kep a registered KEP
   * @param supervisor an active employee
   * @return the emitted command
   */
  public synchronized AppointSupervisor appointSupervisor(KepCode kep, TaxId supervisor) {
    AppointSupervisor command = new AppointSupervisor(feed, now(), kep, supervisor, now());
    history.appoint(kep, supervisor, now());
    return emit(command);
  }

  /**
   * Every command emitted so far, in order.
   *
   * @return a snapshot
   */
  public synchronized List<Command> commands() {
    return List.copyOf(emitted);
  }

  /**
   * What the registry knew to hold at an instant.
   *
   * @return the history, to query
   */
  public HrHistory history() {
    return history;
  }

  private Instant now() {
    return clock.instant();
  }

  private <C extends Command> C emit(C command) {
    emitted.add(command);
    subscribers.forEach(subscriber -> subscriber.accept(command));
    return command;
  }
}
