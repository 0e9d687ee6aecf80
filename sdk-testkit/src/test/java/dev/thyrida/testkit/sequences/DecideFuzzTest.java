package dev.thyrida.testkit.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.explain.Explanation;
import dev.thyrida.policy.explain.Explanations;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The decider fuzzed (issue 13): over fuzzer-built directories (a seeded national shape of 1-3
 * KEPs) and sequences of fuzzer-chosen commands from every family, {@code decide} never throws, is
 * deterministic, rejects only with violations that each carry a code and a clause, gives events
 * that evolve the directory without failure, and no decision, explanation or event shows a
 * password of the command (D5).
 */
class DecideFuzzTest {

  private static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");
  private static final CommandMix MIX = CommandMix.all(Cast.standard()).diligent(40);

  @FuzzTest(maxDuration = "60s")
  void decideHoldsItsContract(FuzzedDataProvider data) {
    GovernanceRules rules = GovernanceRules.builder().phase(data.pickValue(Phase.values()))
        .handoverNeedsApproval(data.consumeBoolean()).build();
    int keps = data.consumeInt(1, 3);
    DirectoryFixture fixture = NationalDirectory.seeded(data.consumeLong(), keps, keps * data.consumeInt(1, 5), EPOCH);
    Directory directory = fixture.directory();
    Instant now = EPOCH.plus(Duration.ofMinutes(data.consumeInt(0, 600_000)));
    int steps = data.consumeInt(1, 12);
    for (int step = 0; step < steps && data.remainingBytes() >= 8; step++) {
      Command command = MIX.draw(new Scene(directory, now), new SplittableRandom(data.consumeLong()));
      Decision decision = Rulebook.decide(command, directory, rules);
      assertEquals(decision, Rulebook.decide(command, directory, rules), "deterministic");
      if (!decision.isAccepted()) {
        assertFalse(decision.violations().isEmpty(), "a rejection says why");
        for (Violation violation : decision.violations()) {
          assertNotNull(violation.code());
          assertNotNull(violation.clause());
        }
      }
      neverShown(command, decision);
      directory = directory.evolveAll(decision.events());
      now = now.plus(Duration.ofMinutes(data.consumeInt(1, 60 * 24 * 40)));
    }
  }

  private static void neverShown(Command command, Decision decision) {
    List<Password> passwords = command instanceof CreateServiceAccount create
        ? List.of(create.password(), create.confirmation())
        : command instanceof ChangePassword change ? List.of(change.password(), change.confirmation()) : List.of();
    for (Password password : passwords) {
      String secret = password.reveal();
      if (secret.length() < 6) {
        continue; // a short password may be a word of the explanation itself
      }
      StringBuilder shown = new StringBuilder(decision.toString()).append(command);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("el"))) {
        Explanation explanation = Explanations.explain(decision, locale);
        shown.append(explanation.request()).append(explanation.outcome()).append(explanation.details());
      }
      assertFalse(shown.toString().contains(secret), "a password is shown");
    }
  }
}
