package dev.thyrida.testkit.governance;

import static dev.thyrida.testkit.governance.Draws.chance;
import static dev.thyrida.testkit.governance.Draws.decide;
import static dev.thyrida.testkit.governance.Draws.hostActor;
import static dev.thyrida.testkit.governance.Draws.keps;
import static dev.thyrida.testkit.governance.Draws.person;
import static dev.thyrida.testkit.governance.Draws.pick;

import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Drawing the HR and setup facts from the current state, and the passing of time. */
final class HrDraws {

  private HrDraws() {}

  private static Duration days(SplittableRandom r, int max) {
    return Duration.ofDays(1 + r.nextInt(max));
  }

  private static KepCode kep(Journal s, SplittableRandom r) {
    return chance(r, 90) ? pick(keps(s.directory()), r) : KepCode.of("KEP-unknown");
  }

  private static AgencyId agency(Journal s, SplittableRandom r) {
    List<AgencyId> known = s.directory().agencies().stream().map(a -> a.id())
        .sorted(Comparator.comparing(AgencyId::value)).collect(Collectors.toList());
    return chance(r, 90) ? pick(known, r) : AgencyId.of("agency-unknown");
  }

  static Action<Journal> registerEmployee(Journal s, SplittableRandom r) {
    TaxId person = Setup.person(1 + r.nextInt(Setup.PEOPLE - 2));
    return decide(new RegisterEmployee(hostActor(s, r), s.now(), person, PersonName.of("Νέος", "Υπάλληλος"), agency(s, r)));
  }

  static Action<Journal> recordPosting(Journal s, SplittableRandom r) {
    int kind = r.nextInt(3);
    boolean matching = chance(r, 85);
    PostingBasis basis = PostingBasis.values()[kind];
    StaffBranch branch = (kind == 2) == matching ? StaffBranch.OTHER_MUNICIPAL : StaffBranch.KEP_STAFF_BRANCH;
    Instant from = chance(r, 90) ? s.now().minus(days(r, 60)) : s.now().plus(days(r, 5));
    Optional<Instant> until = chance(r, 30) ? Optional.of(s.now().plus(days(r, 30))) : Optional.empty();
    PostingId id = chance(r, 5) ? PostingId.of("p-1") : PostingId.of("p-s" + s.serial());
    Posting posting = new Posting(id, person(s, r), kep(s, r), basis, branch,
        basis.byDecision() ? Optional.of(DecisionReference.of("Α.Π. " + s.serial())) : Optional.empty(), from,
        until.filter(end -> end.isAfter(from)));
    return decide(new RecordPosting(hostActor(s, r), s.now(), posting));
  }

  static Action<Journal> recordPostingEnd(Journal s, SplittableRandom r) {
    List<Posting> postings = s.directory().employees().stream().flatMap(e -> s.directory().postingsOf(e.taxId()).stream())
        .sorted(Comparator.comparing(p -> p.id().value())).collect(Collectors.toList());
    Posting posting = pick(postings, r);
    TaxId employee = chance(r, 90) ? posting.employee() : person(s, r);
    int roll = r.nextInt(10);
    Instant end = roll < 6 ? s.now() : roll < 8 ? s.now().plus(days(r, 20)) : posting.validFrom().minus(days(r, 2));
    return decide(new RecordPostingEnd(hostActor(s, r), s.now(), employee, posting.id(), end));
  }

  static Action<Journal> recordStatusLoss(Journal s, SplittableRandom r) {
    Instant effective = chance(r, 90) ? s.now() : s.now().plus(days(r, 3));
    LossReason reason = LossReason.values()[r.nextInt(LossReason.values().length)];
    List<TaxId> administrators = s.directory().mailboxes().stream().flatMap(m -> m.administrators().stream())
        .distinct().sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList());
    TaxId person = !administrators.isEmpty() && chance(r, 35) ? pick(administrators, r) : person(s, r);
    return decide(new RecordStatusLoss(hostActor(s, r), s.now(), person, effective, reason));
  }

  static Action<Journal> appointSupervisor(Journal s, SplittableRandom r) {
    Instant since = chance(r, 92) ? s.now() : s.now().plusSeconds(3600);
    KepCode kep = chance(r, 10) ? KepCode.of("KEP-unknown")
        : Draws.prefer(keps(s.directory()), code -> !inService(s, code), 60, r);
    List<TaxId> posted = s.directory().postingsAt(kep).stream().map(Posting::employee).distinct()
        .sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList());
    TaxId supervisor = !posted.isEmpty() && chance(r, 60) ? pick(posted, r) : person(s, r);
    return decide(new AppointSupervisor(hostActor(s, r), s.now(), kep, supervisor, since));
  }

  /** Whether the KEP has a supervisor in office who is still in service. */
  private static boolean inService(Journal s, KepCode kep) {
    return dev.thyrida.policy.governance.Supervision.currentSupervisor(kep, s.now(), s.directory())
        .flatMap(s.directory()::employee).map(e -> e.isActive()).orElse(false);
  }

  static Action<Journal> registerKep(Journal s, SplittableRandom r) {
    KepCode kep = chance(r, 70) ? KepCode.of("KEP-s" + s.serial()) : pick(keps(s.directory()), r);
    return decide(new RegisterKep(hostActor(s, r), s.now(), kep, "ΚΕΠ " + kep.value(), "Δήμος Α"));
  }

  static Action<Journal> createMailbox(Journal s, SplittableRandom r) {
    MailboxId id = chance(r, 75) ? MailboxId.of("mbx-s" + s.serial()) : Setup.mailbox(Setup.KEPS.get(0), 1);
    int roll = r.nextInt(10);
    MailboxOwner owner = roll < 8 ? new MailboxOwner.OfKep(kep(s, r))
        : roll < 9 ? new MailboxOwner.OfCitizen(person(s, r)) : new MailboxOwner.OfAgency(agency(s, r));
    return decide(new CreateMailbox(hostActor(s, r), s.now(), id, owner));
  }

  static Action<Journal> registerAgency(Journal s, SplittableRandom r) {
    AgencyId agency = chance(r, 60) ? AgencyId.of("agency-s" + s.serial()) : Setup.MUNICIPALITY;
    return decide(new RegisterAgency(hostActor(s, r), s.now(), agency, "Φορέας " + agency.value()));
  }

  static Action<Journal> appointAgencyAdministrator(Journal s, SplittableRandom r) {
    return decide(new AppointAgencyAdministrator(hostActor(s, r), s.now(), agency(s, r), person(s, r)));
  }

  static Action<Journal> timePasses(Journal s, SplittableRandom r) {
    Duration duration = Duration.ofHours(1 + r.nextInt(24 * 10));
    return Action.of("time passes " + duration, state -> Transition.to(state.after(duration), "time passed"));
  }
}
