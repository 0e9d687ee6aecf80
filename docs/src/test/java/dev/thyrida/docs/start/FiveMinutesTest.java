package dev.thyrida.docs.start;

import static dev.thyrida.testkit.dsl.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Thyrida;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.docs.Snippets;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialVerdict;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.explain.Explanation;
import dev.thyrida.policy.explain.Explanations;
import dev.thyrida.policy.governance.GovernanceCode;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.Principals;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/index.md: the five-minute path compiles, runs, and is the one the page shows")
class FiveMinutesTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  @DisplayName("K4, K5: step 1 validates a username and a password and reads every violation in Greek")
  void validateACredential() {
    // tag::credential[]
    CredentialPolicy policy = CredentialPolicy.defaults();              // the guide's rules (K4, K5)
    CredentialVerdict verdict = policy.checkPassword("kalimera", "kalimera");
    for (var violation : verdict.violations()) {                        // every violation, not the first
      System.out.println(violation.code() + " (" + violation.clause().id() + "): "
          + CredentialMessages.render(violation, Locale.forLanguageTag("el")));
    }
    // end::credential[]
    assertEquals(EnumSet.of(CredentialCode.PASSWORD_NO_UPPERCASE, CredentialCode.PASSWORD_NO_DIGIT,
        CredentialCode.PASSWORD_NO_SPECIAL), verdict.codes());
    assertTrue(policy.checkPassword("Kalimera-2026", "Kalimera-2026").isValid());
  }

  @Test
  @DisplayName("C1, C9: step 2 decides a command and reads its explanation in Greek")
  void decideACommand() {
    DirectoryFixture fixture = DirectoryBuilder.at(MONDAY)
        .kep("KEP-0042", plan -> plan.supervisor().inactiveMailbox()).build();
    Directory directory = fixture.directory();
    KepFixture kep = fixture.kep("KEP-0042");
    TaxId supervisor = kep.supervisor().orElseThrow();
    MailboxId mailbox = kep.mailbox().orElseThrow();
    // tag::decide[]
    Principal signedIn = Principals.employeeWithTaxisNet(supervisor);   // a personal TAXISnet login
    Command activate = new ActivateMailbox(signedIn, MONDAY.plusSeconds(60), mailbox);
    Decision decision = Rulebook.decide(activate, directory, GovernanceRules.defaults());
    Explanation why = Explanations.explain(decision, Locale.forLanguageTag("el"));
    System.out.println(why.text());                   // refused in production: C9 wants service credentials
    // end::decide[]
    assertFalse(decision.isAccepted());
    assertEquals(List.of(AccessCode.TAXISNET_LOGIN_IN_PRODUCTION),
        decision.violations().stream().map(violation -> violation.code()).distinct()
            .filter(code -> code == AccessCode.TAXISNET_LOGIN_IN_PRODUCTION).toList());
    assertTrue(why.text().contains("C9"), why::text);
    Decision withServiceCredentials = Rulebook.decide(new ActivateMailbox(Principals.signedIn(supervisor),
        MONDAY.plusSeconds(60), mailbox), directory, GovernanceRules.defaults());
    assertEquals(List.of("MailboxActivated", "AdministratorDesignated"), withServiceCredentials.events().stream()
        .map(event -> event.getClass().getSimpleName()).toList());
  }

  // tag::testkit[]
  @Test
  @DisplayName("C3: a clerk of another KEP cannot be added as a user")
  void clerkOfAnotherKepIsNotEligible() {
    DirectoryFixture fixture = DirectoryBuilder.at(MONDAY)
        .kep("KEP-0042", kep -> kep.supervisor().activeMailbox())
        .kep("KEP-0043", kep -> kep.supervisor().handlers(1).activeMailbox())
        .build();
    KepFixture here = fixture.kep("KEP-0042");
    TaxId elsewhere = fixture.kep("KEP-0043").handlers().get(0);
    Principal supervisor = Principals.signedIn(here.supervisor().orElseThrow());   // service credentials (C9)

    given(fixture.events())
        .when(new AddHandler(supervisor, MONDAY.plusSeconds(60), here.mailbox().orElseThrow(), elsewhere))
        .thenRejected(GovernanceCode.NOT_ELIGIBLE_AT_KEP);
  }
  // end::testkit[]

  @Test
  @DisplayName("C1: step 4 persists decided events in an H2 database and reloads the same directory")
  void persistAndReload() {
    // tag::store[]
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:five-minutes;DB_CLOSE_DELAY=-1");           // or jdbc:h2:file:./kep
    EventLog log = JdbcEventLog.migrated(h2);                           // creates the schema once
    KeptDirectory kept = KeptDirectory.load(log, GovernanceRules.defaults());
    Principal hr = new Principal.HostSystem("hr-registry");
    kept.submit(new RegisterKep(hr, MONDAY, KepCode.of("KEP-0042"), "ΚΕΠ Αμπελοκήπων", "Δήμος Αθηναίων"));

    Directory reloaded = KeptDirectory.load(log, GovernanceRules.defaults()).snapshot().directory();
    System.out.println(reloaded.kep(KepCode.of("KEP-0042")).isPresent());   // true
    // end::store[]
    assertTrue(reloaded.kep(KepCode.of("KEP-0042")).isPresent());
    assertEquals(kept.snapshot(), KeptDirectory.load(log, GovernanceRules.defaults()).snapshot());
  }

  /** Step 5's command lines, as the page shows them after {@code java -jar sdk-cli/target/thyrida.jar}. */
  private static final List<List<String>> COMMAND_LINES = List.of(
      List.of("explain", "C6", "--lang", "el"),
      List.of("audit", "--dir", "examples/findings", "--lang", "el"));

  @Test
  @DisplayName("C6, C10: step 5's command lines run: a clause explained in Greek, a roster audited with findings")
  void commandLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Thyrida.run(COMMAND_LINES.get(0).toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)),
        err::toString);
    assertTrue(out.toString().contains("C6"), out::toString);
    assertEquals(1, Thyrida.run(COMMAND_LINES.get(1).toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)),
        err::toString);
  }

  @Test
  @DisplayName("the page shows the examples exactly as compiled here, and step 5's command lines")
  void pageShowsTheseExamples() throws IOException {
    String page = Snippets.read(Path.of("index.md"));
    String source = Snippets.read(Path.of("src/test/java/dev/thyrida/docs/start/FiveMinutesTest.java"));
    for (String region : List.of("credential", "decide", "testkit", "store")) {
      assertTrue(page.contains(Snippets.between(source, region)), "docs/index.md lacks:\n"
          + Snippets.between(source, region));
    }
    for (List<String> line : COMMAND_LINES) {
      String shown = "java -jar sdk-cli/target/thyrida.jar " + String.join(" ", line).replace("examples/", "docs/examples/");
      assertTrue(page.contains(shown), "docs/index.md lacks: " + shown);
    }
  }
}
