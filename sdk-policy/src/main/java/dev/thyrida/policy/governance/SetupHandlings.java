package dev.thyrida.policy.governance;

import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/** The setup facts the host feeds: KEPs, mailboxes, agencies and agency administrators (C1, L26-1, X5). */
final class SetupHandlings {

  private SetupHandlings() {}

  /** C1: the host registers a KEP. */
  static final Handling<RegisterKep> KEP = Gate.handling(RegisterKep.class,
      List.of(KepKnown.notYetRegistered(RegisterKep::kep)),
      (command, directory, rules) -> List.of(new KepRegistered(
          Actor.of(command.actor()), command.issuedAt(), command.kep(), command.name(), command.municipality())));

  /** L26-1, C1: the host creates a mailbox, inactive, for a registered owner. */
  static final Handling<CreateMailbox> MAILBOX = Gate.handling(CreateMailbox.class,
      List.of(new MailboxIdUnused(), new MailboxOwnerKnown()),
      (command, directory, rules) -> List.of(new MailboxCreated(
          Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.owner())));

  /** X5: the host registers an agency. */
  static final Handling<RegisterAgency> AGENCY = Gate.handling(RegisterAgency.class,
      List.of(AgencyKnown.notYetRegistered(RegisterAgency::agency)),
      (command, directory, rules) -> List.of(new AgencyRegistered(
          Actor.of(command.actor()), command.issuedAt(), command.agency(), command.name())));

  /** X5: the host appoints one of an agency's employees in service as its administrator. */
  static final Handling<AppointAgencyAdministrator> AGENCY_ADMINISTRATOR = Gate.handling(AppointAgencyAdministrator.class,
      List.of(AgencyKnown.registered(AppointAgencyAdministrator::agency),
          PersonRegistered.registered(AppointAgencyAdministrator::administrator),
          PersonInService.required(AppointAgencyAdministrator::administrator),
          new AgencyEmployee()),
      (command, directory, rules) -> List.of(new AgencyAdministratorAppointed(
          Actor.of(command.actor()), command.issuedAt(), command.agency(), command.administrator())));
}
