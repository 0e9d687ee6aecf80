package dev.thyrida.policy.governance;

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
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Handling;
import java.util.ArrayList;
import java.util.List;

/** The HR facts the host feeds: employees, postings and their end (D8), loss of status (C6, D6), supervisors. */
final class StaffHandlings {

  private StaffHandlings() {}

  /** C3: the host registers an employee of a registered agency. */
  static final Handling<RegisterEmployee> REGISTER = Gate.handling(RegisterEmployee.class,
      List.of(PersonRegistered.notYetRegistered(RegisterEmployee::employee),
          AgencyKnown.registered(RegisterEmployee::agency)),
      (command, directory, rules) -> List.of(new EmployeeRegistered(
          Actor.of(command.actor()), command.issuedAt(), command.employee(), command.name(), command.agency())));

  /** C3: the host records a posting of an employee in service at a registered KEP. */
  static final Handling<RecordPosting> POSTING = Gate.handling(RecordPosting.class,
      List.of(PersonRegistered.<RecordPosting>registered(command -> command.posting().employee()),
          PersonInService.<RecordPosting>required(command -> command.posting().employee()),
          KepKnown.<RecordPosting>registered(command -> command.posting().kep()),
          new PostingUnused()),
      (command, directory, rules) -> List.of(
          new PostingRecorded(Actor.of(command.actor()), command.issuedAt(), command.posting())));

  /** D8, C5: the host ends a posting; the user assignments it alone justified go in the same decision. */
  static final Handling<RecordPostingEnd> POSTING_END = Gate.handling(RecordPostingEnd.class,
      List.of(PersonRegistered.registered(RecordPostingEnd::employee),
          new PostingOfEmployee(),
          new PostingEndValid()),
      PostingEnd::events);

  /** C6, D6: the host records a loss of status; every right the person holds goes in the same decision. */
  static final Handling<RecordStatusLoss> STATUS_LOSS = Gate.handling(RecordStatusLoss.class,
      List.of(PersonRegistered.registered(RecordStatusLoss::employee),
          PersonInService.notYetLost(RecordStatusLoss::employee),
          new FactTookEffect<RecordStatusLoss>(RecordStatusLoss::effectiveAt)),
      (command, directory, rules) -> {
        Actor actor = Actor.of(command.actor());
        List<Event> events = new ArrayList<>();
        events.add(new StatusLost(actor, command.issuedAt(), command.employee(), command.effectiveAt(), command.reason()));
        events.addAll(Holdings.of(command.employee(), directory).removals(actor, command.issuedAt(), Clause.C6));
        return events;
      });

  /** C7: the host records a KEP's new supervisor; this makes no one an administrator. */
  static final Handling<AppointSupervisor> SUPERVISOR = Gate.handling(AppointSupervisor.class,
      List.of(KepKnown.registered(AppointSupervisor::kep),
          PersonRegistered.registered(AppointSupervisor::supervisor),
          PersonInService.required(AppointSupervisor::supervisor),
          new NotYetSupervisor(),
          new FactTookEffect<AppointSupervisor>(AppointSupervisor::since)),
      (command, directory, rules) -> List.of(new SupervisorAppointed(
          Actor.of(command.actor()), command.issuedAt(), command.kep(), command.supervisor(), command.since())));
}
