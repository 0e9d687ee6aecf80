package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
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
import dev.thyrida.policy.governance.Supervision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Drawing the HR and setup facts the host reports (C3, C6, D6, D8) from the current directory. */
final class HrFactDraws {

  private HrFactDraws() {}

  private static KepCode kep(Drawing d) {
    List<KepCode> keps = d.keps();
    return keps.isEmpty() || !d.chance(90) ? KepCode.of("KEP-unknown") : d.pick(keps);
  }

  private static List<AgencyId> agencies(Drawing d) {
    return Drawing.sorted(d.directory().agencies().stream().map(a -> a.id()).collect(Collectors.toList()),
        AgencyId::value);
  }

  /** A known agency, preferring those that employ someone; an unknown one now and then. */
  private static AgencyId agency(Drawing d) {
    List<AgencyId> known = agencies(d);
    return known.isEmpty() || !d.chance(90) ? AgencyId.of("agency-unknown")
        : d.prefer(known, a -> d.directory().employees().stream().anyMatch(e -> e.agency().equals(a)), 80);
  }

  static Command registerEmployee(Drawing d) {
    List<TaxId> pool = d.cast.people().stream().filter(p -> !p.equals(d.cast.official())).collect(Collectors.toList());
    TaxId person = d.pick(pool.isEmpty() ? d.cast.people() : pool);
    return new RegisterEmployee(Actors.host(d), d.now(), person, PersonName.of("Νέος", "Υπάλληλος"), agency(d));
  }

  static Command recordPosting(Drawing d) {
    int kind = d.random.nextInt(3);
    boolean matching = d.chance(85);
    PostingBasis basis = PostingBasis.values()[kind];
    StaffBranch branch = (kind == 2) == matching ? StaffBranch.OTHER_MUNICIPAL : StaffBranch.KEP_STAFF_BRANCH;
    Instant from = d.chance(90) ? d.now().minus(d.days(60)) : d.now().plus(d.days(5));
    Optional<Instant> until = d.chance(30) ? Optional.of(d.now().plus(d.days(30))) : Optional.empty();
    List<Posting> existing = postings(d);
    PostingId id = !existing.isEmpty() && d.chance(5) ? d.pick(existing).id() : PostingId.of("p-" + d.fresh());
    Posting posting = new Posting(id, d.person(), kep(d), basis, branch,
        basis.byDecision() ? Optional.of(DecisionReference.of("Α.Π. " + d.fresh())) : Optional.empty(), from,
        until.filter(end -> end.isAfter(from)));
    return new RecordPosting(Actors.host(d), d.now(), posting);
  }

  private static List<Posting> postings(Drawing d) {
    return Drawing.sorted(d.directory().employees().stream()
        .flatMap(e -> d.directory().postingsOf(e.taxId()).stream()).collect(Collectors.toList()), p -> p.id().value());
  }

  static Command recordPostingEnd(Drawing d) {
    List<Posting> postings = postings(d);
    if (postings.isEmpty()) {
      return new RecordPostingEnd(Actors.host(d), d.now(), d.person(), PostingId.of("p-unknown"), d.now());
    }
    Posting posting = d.pick(postings);
    TaxId employee = d.chance(90) ? posting.employee() : d.person();
    int roll = d.random.nextInt(10);
    Instant end = roll < 6 ? d.now() : roll < 8 ? d.now().plus(d.days(20)) : posting.validFrom().minus(d.days(2));
    return new RecordPostingEnd(Actors.host(d), d.now(), employee, posting.id(), end);
  }

  static Command recordStatusLoss(Drawing d) {
    Instant effective = d.chance(90) ? d.now() : d.now().plus(d.days(3));
    LossReason reason = LossReason.values()[d.random.nextInt(LossReason.values().length)];
    List<TaxId> administrators = Drawing.sorted(d.directory().mailboxes().stream()
        .flatMap(m -> m.administrators().stream()).collect(Collectors.toList()));
    TaxId person = !administrators.isEmpty() && d.chance(35) ? d.pick(administrators) : d.person();
    return new RecordStatusLoss(Actors.host(d), d.now(), person, effective, reason);
  }

  static Command appointSupervisor(Drawing d) {
    Instant since = d.chance(92) ? d.now() : d.now().plusSeconds(3600);
    List<KepCode> keps = d.keps();
    KepCode kep = keps.isEmpty() || d.chance(10) ? KepCode.of("KEP-unknown")
        : d.prefer(keps, code -> !inService(d, code), 60);
    List<TaxId> posted = Drawing.sorted(d.directory().postingsAt(kep).stream().map(Posting::employee)
        .collect(Collectors.toList()));
    TaxId supervisor = !posted.isEmpty() && d.chance(60) ? d.pick(posted) : d.person();
    return new AppointSupervisor(Actors.host(d), d.now(), kep, supervisor, since);
  }

  /** Whether the KEP has a supervisor in office who is still in service. */
  private static boolean inService(Drawing d, KepCode kep) {
    return Supervision.currentSupervisor(kep, d.now(), d.directory())
        .flatMap(d.directory()::employee).map(e -> e.isActive()).orElse(false);
  }

  static Command registerKep(Drawing d) {
    List<KepCode> keps = d.keps();
    KepCode kep = keps.isEmpty() || d.chance(70) ? KepCode.of("KEP-" + d.fresh()) : d.pick(keps);
    return new RegisterKep(Actors.host(d), d.now(), kep, "ΚΕΠ " + kep.value(), "Δήμος Α");
  }

  static Command createMailbox(Drawing d) {
    MailboxId id = d.mailboxes().isEmpty() || d.chance(75) ? MailboxId.of("mbx-" + d.fresh())
        : d.pick(d.mailboxes()).id();
    int roll = d.random.nextInt(10);
    MailboxOwner owner = roll < 8 ? new MailboxOwner.OfKep(kep(d))
        : roll < 9 ? new MailboxOwner.OfCitizen(d.person()) : new MailboxOwner.OfAgency(agency(d));
    return new CreateMailbox(Actors.host(d), d.now(), id, owner);
  }

  static Command registerAgency(Drawing d) {
    List<AgencyId> known = agencies(d);
    AgencyId agency = known.isEmpty() || d.chance(60) ? AgencyId.of("agency-" + d.fresh()) : d.pick(known);
    return new RegisterAgency(Actors.host(d), d.now(), agency, "Φορέας " + agency.value());
  }

  static Command appointAgencyAdministrator(Drawing d) {
    AgencyId agency = agency(d);
    List<TaxId> staff = Drawing.sorted(d.directory().employees().stream().filter(e -> e.agency().equals(agency))
        .map(e -> e.taxId()).collect(Collectors.toList()));
    TaxId person = staff.isEmpty() || d.chance(20) ? d.person() : d.pick(staff);
    return new AppointAgencyAdministrator(Actors.host(d), d.now(), agency, person);
  }
}
