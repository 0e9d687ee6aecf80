package dev.thyrida.testkit.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.property.CoverageInsufficient;
import dev.thyrida.testkit.property.PropertyFalsified;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.property.Transition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** The ready action source: decides with the standard decider, applies accepted events, labels coverage. */
class DecidedCommandsTest {

  private static final GovernanceRules RULES = GovernanceRules.defaults();

  @Test
  @DisplayName("L26-3: a rejected command changes nothing and is labelled '<Kind> rejected' with its codes")
  void rejectedChangesNothing() {
    Scene scene = CommandMixTest.world();
    Command nobody = new ActivateMailbox(Principals.nobody(), scene.now(), MailboxId.of("mbx-unknown"));
    List<Directory> checked = new ArrayList<>();
    Transition<Scene> step = DecidedCommands.action(nobody, RULES, (before, decision) -> checked.add(before))
        .apply(scene);
    assertSame(scene.directory(), step.state().directory());
    assertEquals(scene.now().plus(DecidedCommands.STEP), step.state().now());
    assertEquals("ActivateMailbox rejected", step.labels().get(0));
    assertTrue(step.labels().size() > 1 && step.labels().get(1).startsWith("ActivateMailbox refused "),
        step.labels()::toString);
    assertEquals(List.of(scene.directory()), checked);
  }

  static Stream<Arguments> mixes() {
    return Stream.of(
        Arguments.of(List.of(CommandKind.Family.GOVERNANCE, CommandKind.Family.HR_FACTS)),
        Arguments.of(List.of(CommandKind.Family.ACCOUNTS, CommandKind.Family.HR_FACTS)),
        Arguments.of(List.of(CommandKind.Family.REQUESTS)));
  }

  @ParameterizedTest
  @MethodSource("mixes")
  @DisplayName("C1-C10, D6-D8, K2-K8, L26, X1-X5: over a property's runs every kind of the mix is both accepted and rejected")
  void everyKindBothWays(List<CommandKind.Family> families) {
    CommandMix mix = CommandMix.of(Cast.standard(), families.toArray(new CommandKind.Family[0])).diligent(20);
    StatefulProperty<Scene> property = StatefulProperty.from(CommandMixTest::world)
        .actions(DecidedCommands.from(mix, CommandMixTest.RULES))
        .invariant("a scene's clock never goes back", scene -> !scene.now().isBefore(CommandMixTest.T0))
        .runs(40).steps(100);
    for (CommandKind kind : mix.kinds()) {
      String name = DecidedCommands.describe(sample(kind)).split(":")[0];
      property.requireCoverage(name + " accepted", 0.001).requireCoverage(name + " rejected", 0.001);
    }
    assertTrue(property.check().coverage().steps() > 0);
  }

  private static Command sample(CommandKind kind) {
    return kind.draw(Cast.standard(), CommandMixTest.world(), new java.util.SplittableRandom(1));
  }

  @Test
  @DisplayName("a failing step check falsifies the property, and a path never reached fails its coverage")
  void checksAndCoverageBite() {
    CommandMix mix = CommandMix.of(Cast.standard(), CommandKind.Family.GOVERNANCE);
    assertThrows(PropertyFalsified.class, () -> StatefulProperty.from(CommandMixTest::world)
        .actions(DecidedCommands.from(mix, RULES, (before, decision) -> {
          if (decision.isAccepted()) {
            throw new AssertionError("accepted");
          }
        }))
        .runs(5).steps(50).check());
    assertThrows(CoverageInsufficient.class, () -> StatefulProperty.from(CommandMixTest::world)
        .actions(DecidedCommands.from(mix, RULES))
        .requireCoverage("SubmitRequest accepted", 0.01)
        .runs(2).steps(10).check());
    assertFalse(mix.kinds().contains(CommandKind.SUBMIT_REQUEST));
  }
}
