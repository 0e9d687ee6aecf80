package dev.thyrida.testkit.dsl;

import static dev.thyrida.testkit.dsl.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.DecideCode;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Rule;
import dev.thyrida.testkit.directory.Principals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The DSL with other options and another decider")
class ScenarioOptionsTest {

  /** A host's own code, with no message bundle. */
  enum HostCode implements ViolationCode {
    /** X2: the host allows no handler while a mailbox may have one administrator only. */
    SINGLE_ADMINISTRATOR_MODE;

    @Override
    public Clause clause() {
      return Clause.X2;
    }

    @Override
    public List<String> parameters() {
      return List.of();
    }
  }

  /** Refuses every handler when the options allow one administrator. */
  static final class SingleAdministratorMode implements Rule<AddHandler> {
    @Override
    public List<Violation> check(AddHandler command, Directory directory, GovernanceRules rules) {
      return rules.maxAdministrators() == 1
          ? List.of(Violation.of(HostCode.SINGLE_ADMINISTRATOR_MODE, "mailbox", command.mailbox().value()))
          : List.of();
    }
  }

  private static final Decider HOST = Decider.of(Family.of("host",
      Handling.of(AddHandler.class, List.of(new SingleAdministratorMode()), (command, directory, rules) -> List.of())));
  private static final TaxId PERSON = TaxId.of("068933130");
  private static final AddHandler ADD = new AddHandler(Principals.employeeWithTaxisNet(PERSON),
      Instant.parse("2026-03-02T08:00:00Z"), MailboxId.of("mailbox-1"), PERSON);

  @Test
  @DisplayName("using another decider: accepted with no events under the default options")
  void usingAnotherDecider() {
    given(Directory.empty()).using(HOST).when(ADD).thenAccepted().thenEvents();
  }

  @Test
  @DisplayName("X2, with other options: one administrator at most makes the host's rule refuse")
  void withOtherOptions() {
    given().using(HOST).with(GovernanceRules.builder().maxAdministrators(1).build())
        .when(ADD).thenRejected(HostCode.SINGLE_ADMINISTRATOR_MODE);
  }

  @Test
  @DisplayName("a code with no message bundle is still reported with its rule and clause")
  void codeWithoutBundle() {
    AssertionError failure = assertThrows(AssertionError.class, () -> given().using(HOST)
        .with(GovernanceRules.builder().maxAdministrators(1).build()).when(ADD).thenAccepted());
    assertTrue(failure.getMessage().contains("rule SingleAdministratorMode: SINGLE_ADMINISTRATOR_MODE, clause X2"),
        failure.getMessage());
  }

  @Test
  @DisplayName("a command no family handles is rejected with COMMAND_NOT_HANDLED, and a failure says so")
  void unhandledCommand() {
    RemoveHandler remove = new RemoveHandler(ADD.actor(), ADD.issuedAt(), ADD.mailbox(), PERSON);
    given().using(HOST).when(remove).thenRejected(DecideCode.COMMAND_NOT_HANDLED);
    AssertionError failure = assertThrows(AssertionError.class,
        () -> given().using(HOST).when(remove).thenEvents());
    assertTrue(failure.getMessage().contains("no family handles RemoveHandler"), failure.getMessage());
  }

  @Test
  @DisplayName("a rejection expectation needs at least one code")
  void rejectionNeedsCodes() {
    assertThrows(IllegalArgumentException.class, () -> given().using(HOST).when(ADD).thenRejected());
  }
}
