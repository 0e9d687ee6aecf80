package dev.thyrida.cli.audit;

import dev.thyrida.cli.audit.Roster.EmployeeRow;
import dev.thyrida.cli.audit.Roster.KepRow;
import dev.thyrida.cli.audit.Roster.MailboxRow;
import dev.thyrida.cli.audit.Roster.PostingRow;
import dev.thyrida.cli.audit.Roster.RoleRow;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a checked roster into the core's events and replays them into a {@link Directory}: the
 * export is a snapshot, recorded by the host system at the audit's instant. Replaying facts, not
 * deciding commands, keeps whatever the export says, including what the rules would have refused
 * (an ex-servant still holding a role, a third administrator): that is what the audit looks for.
 */
final class RosterEvents {

  /** The host system that records the export's facts. */
  static final Actor IMPORT = new Actor(ActorKind.HOST_SYSTEM, "thyrida-audit");

  private RosterEvents() {}

  /** The directory the roster describes. */
  static Directory directory(Roster roster, Instant at) {
    return Directory.replay(events(roster, at));
  }

  /** The events: agencies and staff first, then KEPs, mailboxes and roles in file order. */
  static List<Event> events(Roster roster, Instant at) {
    List<Event> events = new ArrayList<>();
    roster.employees().stream().map(EmployeeRow::agency).distinct().forEach(agency ->
        events.add(new AgencyRegistered(IMPORT, at, agency, agency.value())));
    for (EmployeeRow employee : roster.employees()) {
      events.add(new EmployeeRegistered(IMPORT, at, employee.taxId(), employee.name(), employee.agency()));
      employee.lost().ifPresent(lost ->
          events.add(new StatusLost(IMPORT, at, employee.taxId(), lost.effectiveAt(), lost.reason())));
    }
    for (KepRow kep : roster.keps()) {
      events.add(new KepRegistered(IMPORT, at, kep.code(), kep.name(), kep.municipality()));
      kep.supervisor().ifPresent(tenure ->
          events.add(new SupervisorAppointed(IMPORT, at, kep.code(), tenure.supervisor(), tenure.since())));
    }
    for (PostingRow posting : roster.postings()) {
      events.add(new PostingRecorded(IMPORT, at, posting.posting()));
    }
    for (MailboxRow mailbox : roster.mailboxes()) {
      events.add(new MailboxCreated(IMPORT, at, mailbox.id(), new MailboxOwner.OfKep(mailbox.kep())));
      if (mailbox.state() == MailboxState.ACTIVE) {
        events.add(new MailboxActivated(IMPORT, at, mailbox.id()));
      }
    }
    for (RoleRow role : roster.roles()) {
      events.add(role.administrator()
          ? new AdministratorDesignated(IMPORT, at, role.mailbox(), role.person(), Clause.C1)
          : new HandlerAdded(IMPORT, at, role.mailbox(), role.person()));
    }
    return events;
  }
}
