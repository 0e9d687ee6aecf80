package dev.thyrida.policy.governance;

import static dev.thyrida.policy.governance.Prefixes.host;
import static dev.thyrida.policy.governance.Prefixes.then;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.decide.Handling;
import java.util.ArrayList;
import java.util.List;

/** The HR facts the host feeds: employees, postings and their end (D8), loss of status (C6, D6), supervisors. */
final class StaffHandlings {

  private StaffHandlings() {}

  /** C3: the host registers an employee of a registered agency. */
  static final Handling<RegisterEmployee> REGISTER = Handling.of(RegisterEmployee.class,
      then(host(),
          new PersonRegistered<>(RegisterEmployee::employee, false),
          new AgencyKnown<>(RegisterEmployee::agency, true)),
      (command, directory, rules) -> List.of(new EmployeeRegistered(
          Actor.of(command.actor()), command.issuedAt(), command.employee(), command.name(), command.agency())));

  /** C3: the host records a posting of an employee in service at a registered KEP. */
  static final Handling<RecordPosting> POSTING = Handling.of(RecordPosting.class,
      then(host(),
          new PersonRegistered<>(command -> command.posting().employee()),
          new PersonInService<>(command -> command.posting().employee(), GovernanceCode.STATUS_LOST),
          new KepKnown<>(command -> command.posting().kep(), true),
          new PostingUnused()),
      (command, directory, rules) -> List.of(
          new PostingRecorded(Actor.of(command.actor()), command.issuedAt(), command.posting())));

  /** D8, C5: the host ends a posting; the user assignments it alone justified go in the same decision. */
  static final Handling<RecordPostingEnd> POSTING_END = Handling.of(RecordPostingEnd.class,
      then(host(),
          new PersonRegistered<>(RecordPostingEnd::employee),
          new PostingOfEmployee(),
          new PostingEndValid()),
      PostingEnd::events);

  /** C6, D6: the host records a loss of status; every right the person holds goes in the same decision. */
  static final Handling<RecordStatusLoss> STATUS_LOSS = Handling.of(RecordStatusLoss.class,
      then(host(),
          new PersonRegistered<>(RecordStatusLoss::employee),
          new PersonInService<>(RecordStatusLoss::employee, GovernanceCode.STATUS_ALREADY_LOST),
          new FactTookEffect<>(RecordStatusLoss::effectiveAt, Clause.D6)),
      (command, directory, rules) -> {
        Actor actor = Actor.of(command.actor());
        List<Event> events = new ArrayList<>();
        events.add(new StatusLost(actor, command.issuedAt(), command.employee(), command.effectiveAt(), command.reason()));
        events.addAll(Holdings.of(command.employee(), directory).removals(actor, command.issuedAt(), Clause.C6));
        return events;
      });

  /** C7: the host records a KEP's new supervisor; this makes no one an administrator. */
  static final Handling<AppointSupervisor> SUPERVISOR = Handling.of(AppointSupervisor.class,
      then(host(),
          new KepKnown<>(AppointSupervisor::kep, true),
          new PersonRegistered<>(AppointSupervisor::supervisor),
          new PersonInService<>(AppointSupervisor::supervisor, GovernanceCode.STATUS_LOST),
          new NotYetSupervisor(),
          new FactTookEffect<>(AppointSupervisor::since, Clause.C7)),
      (command, directory, rules) -> List.of(new SupervisorAppointed(
          Actor.of(command.actor()), command.issuedAt(), command.kep(), command.supervisor(), command.since())));
}
