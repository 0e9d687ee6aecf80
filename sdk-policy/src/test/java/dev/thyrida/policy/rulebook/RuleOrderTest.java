package dev.thyrida.policy.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.command.Command;
import dev.thyrida.policy.access.CommandAccess;
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("L26-3, D10, C1-C10, K1-K8: the documented rule order of every command (docs/governance.md, docs/access.md)")
class RuleOrderTest {

  private static Handling<?> handling(String kind) {
    return Stream.of(Rulebook.families()).flatMap(family -> family.handlings().stream())
        .filter(h -> h.kind().getSimpleName().equals(kind)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<String> prefix(Handling<?> handling) {
    String action = CommandAccess.action((Class<? extends Command>) handling.kind()).orElseThrow().name();
    List<String> names = new ArrayList<>(List.of("TimeMovesForward"));
    Gate.names().forEach(name -> names.add(name.equals("RoleOnPlace") ? name + "[" + action + "]" : name));
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ':', textBlock = """
      ActivateMailbox: ACTIVATE_MAILBOX: MailboxNotYetActive, ActorIsCurrentSupervisor
      AddHandler: MANAGE_HANDLERS: PersonRegistered, PersonInService, EligibleAtKep, NotYetHandler
      MoveHandler: MANAGE_HANDLERS: DifferentMailboxes, PersonRegistered, PersonInService, IsHandler, NotYetHandler, EligibleAtKep
      RemoveHandler: MANAGE_HANDLERS: IsHandler
      DesignateAdministrator: HAND_OVER: PersonRegistered, PersonInService, PersonIsCurrentSupervisor, NotYetAdministrator, AdministratorRoom, NoDesignationPending
      ApproveDesignation: OVERSEE_ADMINISTRATORS: DesignationPending, PersonInService, PersonIsCurrentSupervisor, NotYetAdministrator, AdministratorRoom
      DeactivateAdministrator: HAND_OVER: ActorIsCurrentSupervisor, NotSelf, IsAdministrator, NotLastAdministrator
      RecoverAdministrator: OVERSEE_ADMINISTRATORS: NoAdministratorLeft, RecoveryReason, PersonRegistered, PersonInService, PersonIsCurrentSupervisor
      RegisterEmployee: RECORD_FACTS: PersonNotYetRegistered, AgencyRegistered
      RecordPosting: RECORD_FACTS: PersonRegistered, PersonInService, KepRegistered, PostingUnused
      RecordPostingEnd: RECORD_FACTS: PersonRegistered, PostingOfEmployee, PostingEndValid
      RecordStatusLoss: RECORD_FACTS: PersonRegistered, StatusNotYetLost, FactTookEffect
      AppointSupervisor: RECORD_FACTS: KepRegistered, PersonRegistered, PersonInService, NotYetSupervisor, FactTookEffect
      RegisterKep: RECORD_FACTS: KepNotYetRegistered
      CreateMailbox: RECORD_FACTS: MailboxIdUnused, MailboxOwnerKnown
      RegisterAgency: RECORD_FACTS: AgencyNotYetRegistered
      AppointAgencyAdministrator: RECORD_FACTS: AgencyRegistered, PersonRegistered, PersonInService, AgencyEmployee
      CreateServiceAccount: MANAGE_OWN_ACCOUNT: HasNoAccount, UsernamePassesPolicy, UsernameFree, PasswordPassesPolicy, PasswordHygienic
      ChangePassword: MANAGE_OWN_ACCOUNT: HasActiveAccount, PasswordPassesPolicy, PasswordHygienic
      ChangeUsername: MANAGE_OWN_ACCOUNT: HasActiveAccount, UsernamePassesPolicy, UsernameFreeAndNew
      GrantAuthorisation: ADMINISTER_AUTHORISATIONS: HolderInServiceWithAccount, NoAuthorisationYet
      ChangeAuthorisation: ADMINISTER_AUTHORISATIONS: HolderInServiceWithAccount, AuthorisationInPlace, RolesChanged
      WithdrawAuthorisation: ADMINISTER_AUTHORISATIONS: HolderHasAccount, AuthorisationInPlace
      SubmitRequest: SUBMIT_REQUEST: RequestIsNew
      AssignRequest: ASSIGN_REQUESTS: RequestOpen, AssigneeIsHandler
      TakeRequest: WORK_REQUESTS: RequestWaiting
      CompleteRequest: WORK_REQUESTS: AssignedToActor, DocumentIsNew
      RejectRequest: WORK_REQUESTS: AssignedToActor
      PlacePublicDocument: WORK_REQUESTS: IssuerIsActorsAgency, AnswersRequestOfHolder, DocumentIsNew
      IssuePersonalDocument: ISSUE_OWN_DOCUMENT: DocumentIsNew
      ExtendRetention: OPEN_MAILBOX: RetentionChoice
      """)
  @DisplayName("L26-3, D10: every command begins with time moving forward and the access rules of its action, "
      + "then its own rules in the documented order")
  void documentedOrder(String kind, String action, String own) {
    Handling<?> handling = handling(kind);
    List<String> names = handling.rules().stream().map(Rule::name).collect(Collectors.toList());
    List<String> prefix = prefix(handling);
    assertEquals(prefix, names.subList(0, prefix.size()), kind);
    assertEquals("RoleOnPlace[" + action.strip() + "]", prefix.get(prefix.size() - 1));
    assertEquals(own.strip(), String.join(", ", names.subList(prefix.size(), names.size())), kind);
  }

  @Test
  @DisplayName("L26-3: the rulebook decides every kind of command, each in exactly one family")
  void everyKindHandledOnce() {
    List<Class<?>> kinds = Stream.of(Rulebook.families()).map(Family::handlings).flatMap(List::stream)
        .map(Handling::kind).collect(Collectors.toList());
    assertEquals(List.copyOf(CommandAccess.kinds()).size(), kinds.size());
    assertEquals(new HashSet<>(CommandAccess.kinds()), new HashSet<>(kinds));
    assertEquals(List.of(Command.class.getPermittedSubclasses()).size(), kinds.size());
  }
}
