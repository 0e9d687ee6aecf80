package dev.thyrida.testkit.governance;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.directory.TaxIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The small world the bounded check explores (issue 13): two KEPs with one mailbox each, not yet
 * active; five staff with varied postings (organic at each KEP, a transfer that ends between the
 * second and third instant, a placement of other municipal staff); each KEP's supervisor; a
 * service account and the application's authorisation for everyone; a Ministry official; the HR
 * host; and three instants. Every command of the governance and HR families over these, by every
 * principal, at every instant, is one of {@link #commands()}.
 */
final class SmallWorld {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final List<Instant> INSTANTS = List.of(T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30)));
  static final KepCode KEP_1 = KepCode.of("KEP-1");
  static final KepCode KEP_2 = KepCode.of("KEP-2");
  static final List<MailboxId> MAILBOXES = List.of(MailboxId.of("mbx-1"), MailboxId.of("mbx-2"));
  static final List<TaxId> STAFF = List.of(TaxIds.valid(1), TaxIds.valid(2), TaxIds.valid(3), TaxIds.valid(4),
      TaxIds.valid(5));
  static final TaxId OFFICIAL = TaxIds.valid(9);
  static final Principal.HostSystem HR = Principals.hostSystem("hr-feed");
  private static final Actor HR_ACTOR = new Actor(ActorKind.HOST_SYSTEM, "hr-feed");
  private static final AgencyId AGENCY = AgencyId.of("dimos-a");
  private static final String REASON = "Ο προϊστάμενος αποχώρησε πριν από την παράδοση (C6).";

  private SmallWorld() {}

  /** The events that set the world up, a year before the first instant. */
  static List<Event> setup() {
    Instant t = T0.minus(Duration.ofDays(365));
    List<Event> events = new ArrayList<>();
    events.add(new AgencyRegistered(HR_ACTOR, t, AGENCY, "Δήμος Α"));
    events.add(new KepRegistered(HR_ACTOR, t, KEP_1, "ΚΕΠ 1", "Δήμος Α"));
    events.add(new KepRegistered(HR_ACTOR, t, KEP_2, "ΚΕΠ 2", "Δήμος Α"));
    events.add(new MailboxCreated(HR_ACTOR, t, MAILBOXES.get(0), new MailboxOwner.OfKep(KEP_1)));
    events.add(new MailboxCreated(HR_ACTOR, t, MAILBOXES.get(1), new MailboxOwner.OfKep(KEP_2)));
    for (TaxId person : STAFF) {
      events.add(new EmployeeRegistered(HR_ACTOR, t, person, PersonName.of("Υπάλληλος", person.value()), AGENCY));
    }
    for (int i = 0; i < STAFF.size(); i++) {
      events.add(new PostingRecorded(HR_ACTOR, t, posting(i, t)));
    }
    events.add(new SupervisorAppointed(HR_ACTOR, t, KEP_1, STAFF.get(0), t));
    events.add(new SupervisorAppointed(HR_ACTOR, t, KEP_2, STAFF.get(1), t));
    events.add(new AgencyAdministratorAppointed(HR_ACTOR, t, AGENCY, STAFF.get(0)));
    for (TaxId person : STAFF) {
      events.add(new ServiceAccountCreated(HR_ACTOR, t, person, Principals.username(person)));
      events.add(new AuthorisationGranted(HR_ACTOR, t, person, GovernanceRules.KEP_MAILBOX, Set.of(), STAFF.get(0)));
    }
    return events;
  }

  /** Staff 1 and 3 organic at KEP 1, 2 organic at KEP 2, 4 transferred to KEP 2 until day 10, 5 placed at KEP 1. */
  private static Posting posting(int index, Instant from) {
    PostingId id = PostingId.of("p-" + (index + 1));
    TaxId person = STAFF.get(index);
    switch (index) {
      case 3:
        return new Posting(id, person, KEP_2, PostingBasis.TRANSFER_BY_DECISION, StaffBranch.KEP_STAFF_BRANCH,
            Optional.of(DecisionReference.of("Α.Π. 4")), from, Optional.of(T0.plus(Duration.ofDays(10))));
      case 4:
        return new Posting(id, person, KEP_1, PostingBasis.PLACEMENT_BY_DECISION, StaffBranch.OTHER_MUNICIPAL,
            Optional.of(DecisionReference.of("Α.Π. 5")), from, Optional.empty());
      default:
        return new Posting(id, person, index == 1 ? KEP_2 : KEP_1, PostingBasis.ORGANIC_POSITION,
            StaffBranch.KEP_STAFF_BRANCH, Optional.empty(), from, Optional.empty());
    }
  }

  /** Every principal: the five staff signed in with their service credentials, the official, the host. */
  static List<Principal> principals() {
    List<Principal> principals = new ArrayList<>();
    STAFF.forEach(person -> principals.add(Principals.signedIn(person)));
    principals.add(Principals.ministryOfficial(OFFICIAL));
    principals.add(HR);
    return principals;
  }

  /** Every command over the world's mailboxes, KEPs, staff and postings, by every principal, at every instant. */
  static List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (Instant at : INSTANTS) {
      for (Principal actor : principals()) {
        for (MailboxId mailbox : MAILBOXES) {
          commands.add(new ActivateMailbox(actor, at, mailbox));
          for (TaxId person : STAFF) {
            commands.add(new AddHandler(actor, at, mailbox, person));
            commands.add(new RemoveHandler(actor, at, mailbox, person));
            commands.add(new DesignateAdministrator(actor, at, mailbox, person));
            commands.add(new DeactivateAdministrator(actor, at, mailbox, person));
            commands.add(new ApproveDesignation(actor, at, mailbox, person));
            commands.add(new RecoverAdministrator(actor, at, mailbox, person, REASON));
          }
        }
        for (int i = 0; i < STAFF.size(); i++) {
          TaxId person = STAFF.get(i);
          commands.add(new AppointSupervisor(actor, at, KEP_1, person, at));
          commands.add(new AppointSupervisor(actor, at, KEP_2, person, at));
          commands.add(new RecordPostingEnd(actor, at, person, PostingId.of("p-" + (i + 1)), at));
          commands.add(new RecordStatusLoss(actor, at, person, at, LossReason.RETIREMENT));
        }
      }
    }
    return commands;
  }
}
