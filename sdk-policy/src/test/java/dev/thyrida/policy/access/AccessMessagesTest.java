package dev.thyrida.policy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.account.AccountCode;
import dev.thyrida.policy.casework.CaseworkCode;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.explain.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("L26-3: the Greek and English messages of the access, account and casework codes")
class AccessMessagesTest {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  static Stream<Class<? extends Enum<?>>> codeTypes() {
    return Stream.of(AccessCode.class, AccountCode.class, CaseworkCode.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTypes")
  @DisplayName("L26-3: every code has a message in both languages with the same named parameters, and no stray key")
  void everyCodeHasBothMessages(Class<? extends Enum<?>> type) {
    Set<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    for (Locale locale : List.of(Locale.ENGLISH, GREEK)) {
      assertEquals(new TreeSet<>(codes), new TreeSet<>(Collections.list(Messages.bundle(type, locale).getKeys())),
          type.getSimpleName() + " " + locale);
    }
    for (String code : codes) {
      assertEquals(Messages.placeholders(Messages.template(type, code, Locale.ENGLISH)),
          Messages.placeholders(Messages.template(type, code, GREEK)), code);
    }
  }

  @Test
  @DisplayName("C9, K8: an access refusal is explained in Greek and English, every parameter filled")
  void explainsARefusal() {
    AccessDecision decision = Access.decide(Scene.withTaxisNet(Scene.CLERK), Action.WORK_REQUESTS,
        Target.mailbox(Scene.KEP_BOX), Scene.directory(), AccessRules.of(Phase.PRODUCTION));
    List<String> greek = decision.explain(GREEK);
    assertEquals("Υπάλληλος " + Scene.CLERK.value() + ": δεν έχει εξουσιοδότηση του φορέα του για την εφαρμογή "
        + AccessRules.KEP_MAILBOX.value() + ".", greek.get(1));
    assertEquals("Employee " + Scene.CLERK.value() + " has no authorisation from their agency for the application "
        + AccessRules.KEP_MAILBOX.value() + ".", decision.explain(Locale.ENGLISH).get(1));
    decision.explain(Locale.ENGLISH).forEach(sentence -> assertFalse(sentence.contains("{"), sentence));
    greek.forEach(sentence -> assertFalse(sentence.contains("{"), sentence));
  }

  @Test
  @DisplayName("K3, X2: account and casework codes render through the shared messages")
  void rendersAccountAndCaseworkCodes() {
    ViolationCode taken = AccountCode.USERNAME_TAKEN;
    assertEquals("The username maria_pap1 is taken (upper and lower case count as the same).",
        Messages.render(Violation.of(taken, "username", "maria_pap1"), Locale.ENGLISH));
    assertEquals("Το αίτημα r-1 έχει ήδη ολοκληρωθεί ή απορριφθεί.",
        Messages.render(Violation.of(CaseworkCode.REQUEST_CLOSED, "request", "r-1"), GREEK));
  }
}
