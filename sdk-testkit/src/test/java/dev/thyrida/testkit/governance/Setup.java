package dev.thyrida.testkit.governance;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.TaxIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The world every run starts from, as events: two agencies, three KEPs with five KEP mailboxes (two
 * activated by their supervisors), a citizen's and an agency's mailbox, twelve employees, nine
 * postings (all three C3 cases, one time-bounded), two supervisors, an agency administrator, and
 * every employee's service account with the authorisation production needs, some with more for D6 to
 * withdraw.
 */
final class Setup {

  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  static final Actor HR = new Actor(ActorKind.HOST_SYSTEM, "hr-feed");
  static final AgencyId MUNICIPALITY = AgencyId.of("dimos-a");
  static final AgencyId OTHER_AGENCY = AgencyId.of("dimos-b");
  static final List<KepCode> KEPS = List.of(KepCode.of("KEP-1"), KepCode.of("KEP-2"), KepCode.of("KEP-3"));
  static final int EMPLOYEES = 12;
  /** The people of the standard cast the commands are drawn with (TaxIds.valid(1..40)). */
  static final int PEOPLE = dev.thyrida.testkit.sequences.Cast.STANDARD_PEOPLE;

  private Setup() {}

  static TaxId person(int serial) {
    return TaxIds.valid(serial);
  }

  static List<Event> events() {
    List<Event> events = new ArrayList<>();
    Instant t = START.minus(Duration.ofDays(400));
    events.add(new AgencyRegistered(HR, t, MUNICIPALITY, "Δήμος Α"));
    events.add(new AgencyRegistered(HR, t, OTHER_AGENCY, "Δήμος Β"));
    for (KepCode kep : KEPS) {
      events.add(new KepRegistered(HR, t, kep, "ΚΕΠ " + kep.value(), "Δήμος Α"));
      for (int box = 1; box <= (kep.equals(KEPS.get(2)) ? 1 : 2); box++) {
        events.add(new MailboxCreated(HR, t, mailbox(kep, box), new MailboxOwner.OfKep(kep)));
      }
    }
    events.add(new MailboxCreated(HR, t, MailboxId.of("citizen-1"), new MailboxOwner.OfCitizen(person(PEOPLE))));
    events.add(new MailboxCreated(HR, t, MailboxId.of("agency-1"), new MailboxOwner.OfAgency(MUNICIPALITY)));
    for (int serial = 1; serial <= EMPLOYEES; serial++) {
      events.add(new EmployeeRegistered(HR, t, person(serial), PersonName.of("Υπάλληλος", "Νο" + serial),
          serial == EMPLOYEES ? OTHER_AGENCY : MUNICIPALITY));
    }
    for (int serial = 1; serial <= 9; serial++) {
      events.add(new PostingRecorded(HR, t, posting(serial, KEPS.get((serial - 1) / 3), serial % 3, t)));
    }
    staffSupervisors(events, t);
    accounts(events, t);
    return events;
  }

  static MailboxId mailbox(KepCode kep, int box) {
    return MailboxId.of("mbx-" + kep.value() + "-" + box);
  }

  /** Serial % 3: 0 organic, 1 transfer (time-bounded for serial 4), 2 placement of other municipal staff. */
  private static Posting posting(int serial, KepCode kep, int kind, Instant from) {
    PostingId id = PostingId.of("p-" + serial);
    if (kind == 0) {
      return new Posting(id, person(serial), kep, PostingBasis.ORGANIC_POSITION, StaffBranch.KEP_STAFF_BRANCH,
          Optional.empty(), from, Optional.empty());
    }
    Optional<Instant> until = serial == 4 ? Optional.of(START.plus(Duration.ofDays(20))) : Optional.empty();
    return new Posting(id, person(serial), kep, kind == 1 ? PostingBasis.TRANSFER_BY_DECISION : PostingBasis.PLACEMENT_BY_DECISION,
        kind == 1 ? StaffBranch.KEP_STAFF_BRANCH : StaffBranch.OTHER_MUNICIPAL,
        Optional.of(DecisionReference.of("Α.Π. " + serial)), from, until);
  }

  private static void staffSupervisors(List<Event> events, Instant t) {
    for (int k = 0; k < 2; k++) {
      KepCode kep = KEPS.get(k);
      TaxId supervisor = person(10 + k);
      Actor actor = new Actor(ActorKind.EMPLOYEE, supervisor.value());
      events.add(new SupervisorAppointed(HR, t, kep, supervisor, t));
      events.add(new MailboxActivated(actor, t, mailbox(kep, 1)));
      events.add(new AdministratorDesignated(actor, t, mailbox(kep, 1), supervisor, Clause.C1));
    }
  }

  /**
   * Every employee's own service account and their agency's authorisation for the mailboxes'
   * application, as production needs (K1, K3, K8); three also hold another application's, for D6 to
   * withdraw. Person 11 administers the municipality's authorisations (X5).
   */
  private static void accounts(List<Event> events, Instant t) {
    events.add(new AgencyAdministratorAppointed(HR, t, MUNICIPALITY, person(11)));
    for (int serial = 1; serial <= EMPLOYEES; serial++) {
      TaxId holder = person(serial);
      events.add(new ServiceAccountCreated(HR, t, holder, ServiceUsername.of("service_user_" + serial)));
      events.add(new AuthorisationGranted(HR, t, holder, GovernanceRules.KEP_MAILBOX, Set.of(), person(11)));
    }
    for (int serial : List.of(1, 5, 10)) {
      events.add(new AuthorisationGranted(HR, t, person(serial), ApplicationId.of("thyrides-kep"),
          Set.of(Role.of("operator")), person(11)));
    }
  }

}
