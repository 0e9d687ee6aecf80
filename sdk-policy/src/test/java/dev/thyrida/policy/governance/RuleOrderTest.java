package dev.thyrida.policy.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Rule;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("C1-C10: the documented rule order of every governance command (docs/governance.md)")
class RuleOrderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ':', textBlock = """
      ActivateMailbox: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, KepMailbox, MailboxNotYetActive, ActorIsCurrentSupervisor
      AddHandler: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, KepMailbox, MailboxActive, ActorIsAdministrator, PersonRegistered, PersonInService, EligibleAtKep, NotYetHandler
      MoveHandler: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, MailboxExists, KepMailbox, KepMailbox, MailboxActive, DifferentMailboxes, ActorIsAdministrator, ActorIsAdministrator, PersonRegistered, PersonInService, IsHandler, NotYetHandler, EligibleAtKep
      RemoveHandler: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, KepMailbox, ActorIsAdministrator, IsHandler
      DesignateAdministrator: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, KepMailbox, MailboxActive, ActorIsAdministrator, PersonRegistered, PersonInService, PersonIsCurrentSupervisor, NotYetAdministrator, AdministratorRoom, NoDesignationPending
      ApproveDesignation: ActorAuthenticated, ActorIsMinistry, MailboxExists, KepMailbox, MailboxActive, DesignationPending, PersonInService, PersonIsCurrentSupervisor, NotYetAdministrator, AdministratorRoom
      DeactivateAdministrator: ActorAuthenticated, NoPersonalTaxisNetInProduction, ActorIsEmployee, ActorInService, MailboxExists, KepMailbox, ActorIsCurrentSupervisor, ActorIsAdministrator, NotSelf, IsAdministrator, NotLastAdministrator
      RecoverAdministrator: ActorAuthenticated, ActorIsMinistry, MailboxExists, KepMailbox, MailboxActive, NoAdministratorLeft, RecoveryReason, PersonRegistered, PersonInService, PersonIsCurrentSupervisor
      RegisterEmployee: ActorAuthenticated, ActorIsHost, PersonNotYetRegistered, AgencyRegistered
      RecordPosting: ActorAuthenticated, ActorIsHost, PersonRegistered, PersonInService, KepRegistered, PostingUnused
      RecordPostingEnd: ActorAuthenticated, ActorIsHost, PersonRegistered, PostingOfEmployee, PostingEndValid
      RecordStatusLoss: ActorAuthenticated, ActorIsHost, PersonRegistered, PersonInService, FactTookEffect
      AppointSupervisor: ActorAuthenticated, ActorIsHost, KepRegistered, PersonRegistered, PersonInService, NotYetSupervisor, FactTookEffect
      RegisterKep: ActorAuthenticated, ActorIsHost, KepNotYetRegistered
      CreateMailbox: ActorAuthenticated, ActorIsHost, MailboxIdUnused, MailboxOwnerKnown
      RegisterAgency: ActorAuthenticated, ActorIsHost, AgencyNotYetRegistered
      AppointAgencyAdministrator: ActorAuthenticated, ActorIsHost, AgencyRegistered, PersonRegistered, PersonInService, AgencyEmployee
      """)
  @DisplayName("C1-C10: rules are checked and reported in the documented order")
  void documentedOrder(String kind, String rules) {
    Handling<?> handling = GovernanceFamily.FAMILY.handlings().stream()
        .filter(h -> h.kind().getSimpleName().equals(kind)).findFirst().orElseThrow();
    assertEquals(rules.strip(), handling.rules().stream().map(Rule::name).collect(Collectors.joining(", ")));
  }
}
