package dev.thyrida.policy.explain;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.account.Password;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.EventTypes;
import dev.thyrida.policy.fixture.World;
import dev.thyrida.policy.governance.GovernanceCode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3, C1-C10: every decision explained in Greek and English")
class ExplanationsTest {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  @Test
  @DisplayName("C1-C10: every governance code has a message in both languages, naming only its parameters")
  void everyGovernanceCodeHasMessages() {
    List<String> problems = new ArrayList<>();
    for (GovernanceCode code : GovernanceCode.values()) {
      BundleCheck.check(problems, GovernanceCode.class, code.name(), Set.copyOf(code.parameters()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @DisplayName("L26-3: every command kind and event type has a sentence in both languages, naming only its components")
  void everyCommandAndEventHasASentence() {
    List<String> problems = new ArrayList<>();
    for (Class<?> kind : Command.class.getPermittedSubclasses()) {
      BundleCheck.check(problems, Explanations.class, "command." + kind.getSimpleName(), components(kind));
    }
    EventTypes.all().forEach((type, kind) ->
        BundleCheck.check(problems, Explanations.class, "event." + type, components(kind)));
    for (String key : List.of("accepted", "accepted.nothing", "rejected")) {
      BundleCheck.check(problems, Explanations.class, key, Set.of());
    }
    BundleCheck.check(problems, Explanations.class, "request", Set.of("actor", "command", "at"));
    BundleCheck.check(problems, Explanations.class, "refusal", Set.of("message", "code", "clause"));
    for (String kind : List.of("UNAUTHENTICATED", "CITIZEN", "EMPLOYEE", "MINISTRY_OFFICIAL", "HOST_SYSTEM")) {
      BundleCheck.check(problems, Explanations.class, "actor." + kind, Set.of("id"));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @DisplayName("C2: an accepted decision says what was asked, by whom, and each change")
  void explainsAnAcceptance() {
    World world = World.standard();
    Decision decision = world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Explanation english = Explanations.explain(decision, Locale.UK);
    assertTrue(english.accepted());
    assertEquals(1, english.details().size());
    assertTrue(english.request().startsWith("Employee ") && english.request().contains("(" + SUPERVISOR.value() + ")"),
        english.request());
    assertTrue(english.details().get(0).contains(CLERK.value()), english::text);
    Explanation greek = Explanations.explain(decision, GREEK);
    assertTrue(greek.request().startsWith("Υπάλληλος ") && greek.request().contains("(" + SUPERVISOR.value() + ")"),
        greek.request());
    assertFalse(english.text().contains("{") || greek.text().contains("{"), greek::text);
  }

  @Test
  @DisplayName("C2, C3: a rejection names each refusing rule with its code and clause")
  void explainsARejection() {
    World world = World.standard();
    Decision decision = world.when(new AddHandler(employee(CLERK), world.now(), INACTIVE, CLERK));
    for (Locale locale : List.of(Locale.ENGLISH, GREEK)) {
      Explanation explanation = Explanations.explain(decision, locale);
      assertFalse(explanation.accepted());
      assertEquals(decision.violations().size(), explanation.details().size());
      assertTrue(explanation.details().get(0).contains("[MAILBOX_NOT_ACTIVE, "), explanation::text);
      assertTrue(explanation.details().get(1).contains("NOT_AN_ADMINISTRATOR") && explanation.details().get(1).contains("X2"),
          explanation::text);
      assertFalse(explanation.text().contains("{"), explanation::text);
    }
  }

  @Test
  @DisplayName("D5: a command holding passwords is explained without them")
  void neverReadsPasswords() {
    String secret = "S3cret!pass";
    Command command = new ChangePassword(employee(CLERK), World.standard().now(), Password.of(secret), Password.of(secret));
    Explanation explanation = Explanations.explain(Decision.accept(command, List.<Event>of()), Locale.ENGLISH);
    assertFalse(explanation.text().contains(secret), explanation::text);
    assertEquals("Accepted; nothing changed.", explanation.outcome());
  }

  private static Set<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
