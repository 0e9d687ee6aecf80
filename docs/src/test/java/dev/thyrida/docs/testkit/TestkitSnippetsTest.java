package dev.thyrida.docs.testkit;

import static dev.thyrida.testkit.dsl.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.docs.Snippets;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.governance.GovernanceCode;
import dev.thyrida.testkit.credential.TrickyCredential;
import dev.thyrida.testkit.directory.DirectoryBuilder;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.KepFixture;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.generators.CredentialGenerators;
import dev.thyrida.testkit.property.PropertyReport;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("docs/testkit.md: its snippets compile, run, and are the ones the page shows")
class TestkitSnippetsTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  // tag::catalogue[]
  @ParameterizedTest
  @MethodSource("dev.thyrida.testkit.credential.TrickyCredentials#passwords")
  void myPasswordFieldAgreesWithTheCatalogue(TrickyCredential row) {   // shown as its label, never the password
    assertEquals(row.expected(), row.input().judgedBy(CredentialPolicy.defaults()).codes());
  }
  // end::catalogue[]

  @Test
  @DisplayName("C1-C10: published command sequences drawn from the directory, decided, with coverage")
  void sequences() {
    // tag::sequences[]
    DirectoryFixture world = DirectoryBuilder.at(MONDAY)
        .kep("KEP-0042", kep -> kep.supervisor().handlers(2).activeMailbox())
        .build();
    CommandMix mix = CommandMix.of(Cast.standard(), CommandKind.Family.GOVERNANCE, CommandKind.Family.HR_FACTS)
        .weight(CommandKind.ADD_HANDLER, 12)    // more of what this suite is about
        .diligent(20);                          // take offered handovers and recoveries (C7, D7)
    PropertyReport report = StatefulProperty.from(() -> new Scene(world.directory(), MONDAY))
        .actions(DecidedCommands.from(mix, GovernanceRules.defaults()))
        .invariant("every handler is a registered employee (C3)", scene -> scene.directory().mailboxes().stream()
            .flatMap(m -> m.handlers().stream()).allMatch(h -> scene.directory().employee(h).isPresent()))
        .requireCoverage("AddHandler accepted", 0.01)
        .requireCoverage("AddHandler rejected", 0.01)
        .runs(20).steps(50)
        .check();
    Command drawn = mix.draw(new Scene(world.directory(), MONDAY), new SplittableRandom(7));   // same seed, same command
    // end::sequences[]
    assertEquals(drawn, mix.draw(new Scene(world.directory(), MONDAY), new SplittableRandom(7)));
    assertTrue(report.coverage().steps() > 0);
  }

  @Test
  @DisplayName("K4-K6: the generators yield valid inputs and inputs with exactly one code")
  void generators() {
    // tag::generators[]
    CredentialProfile profile = CredentialProfile.named("govgr-howto");
    CredentialPolicy policy = CredentialPolicy.of(profile);
    qt().forAll(CredentialGenerators.validPasswords(profile))
        .check(password -> policy.checkPassword(password).isValid());
    qt().forAll(CredentialGenerators.violating(profile, CredentialCode.PASSWORD_NO_SPECIAL))
        .check(input -> input.judgedBy(policy).codes().equals(Set.of(CredentialCode.PASSWORD_NO_SPECIAL)));
    String seeded = CredentialGenerators.validUsername(profile, new SplittableRandom(42));   // same seed, same name
    // end::generators[]
    assertEquals(seeded, CredentialGenerators.validUsername(profile, new SplittableRandom(42)));
  }

  @Test
  @DisplayName("C2: the DSL in both modes")
  void dsl() {
    // tag::dsl[]
    DirectoryFixture fixture = DirectoryBuilder.at(MONDAY)
        .kep("KEP-0042", kep -> kep.supervisor().handlers(1).activeMailbox())
        .build();
    KepFixture kep = fixture.kep("KEP-0042");
    TaxId clerk = kep.handlers().get(0);
    Principal clerkSignedIn = Principals.signedIn(clerk);                 // own account, authorised (K1, K8)
    AddHandler clerkAddsHimself = new AddHandler(clerkSignedIn, MONDAY.plusSeconds(60), kep.mailbox().orElseThrow(), clerk);

    given(fixture.events())                       // event mode; or given(fixture.directory()): state mode
        .when(clerkAddsHimself)
        .thenRejected(AccessCode.NOT_AN_ADMINISTRATOR, GovernanceCode.ALREADY_HANDLER);   // every violation
    // end::dsl[]
  }

  @Test
  @DisplayName("the page shows the examples exactly as compiled here, and every testkit package")
  void pageShowsTheseExamples() throws IOException {
    String page = Snippets.read(Path.of("testkit.md"));
    String portal = Snippets.read(Path.of("src/test/java/dev/thyrida/docs/testkit/KepPortal.java"));
    String portalTest = Snippets.read(Path.of("src/test/java/dev/thyrida/docs/testkit/KepPortalTest.java"));
    String snippets = Snippets.read(Path.of("src/test/java/dev/thyrida/docs/testkit/TestkitSnippetsTest.java"));
    for (String region : List.of(Snippets.between(portal, "portal"), Snippets.between(portalTest, "setup"),
        Snippets.between(portalTest, "tests"), Snippets.between(snippets, "catalogue"),
        Snippets.between(snippets, "generators"), Snippets.between(snippets, "dsl"),
        Snippets.between(snippets, "sequences"))) {
      assertTrue(page.contains(region), "docs/testkit.md lacks:\n" + region);
    }
    for (String exported : List.of("credential", "dsl", "generators", "gsis", "hr", "directory", "store", "clock", "property")) {
      assertTrue(page.contains("`dev.thyrida.testkit." + exported + "`"), exported);
    }
    assertFalse(page.contains("TODO"));
    assertFalse(page.contains("## Not yet in the testkit"));
  }
}
