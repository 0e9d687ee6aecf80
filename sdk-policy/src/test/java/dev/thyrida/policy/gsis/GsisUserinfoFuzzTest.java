package dev.thyrida.policy.gsis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.AuthenticatedIdentity;

/**
 * X6 fuzzed (issue 13): the userinfo parser reads a fuzzed document or refuses it with {@link
 * InvalidUserinfoException}, never another exception; what it reads has a valid tax id and names
 * that show as what they are; a refusal never quotes the document. Replays {@code
 * GsisUserinfoFuzzTestInputs} in every build; {@code JAZZER_FUZZ=1} fuzzes (docs/reliability.md).
 */
class GsisUserinfoFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parsesOrRefusesAsDocumented(FuzzedDataProvider data) {
    boolean wrapped = data.consumeBoolean();
    String body = data.consumeRemainingAsString();
    // half the inputs are a userinfo element's attributes, so the fuzzer reaches the value checks quickly
    String xml = wrapped ? "<root><userinfo " + body + "/></root>" : body;
    try {
      AuthenticatedIdentity identity = GsisUserinfo.parse(xml);
      assertTrue(TaxId.isValid(identity.taxId().value()));
      for (String part : new String[] {identity.name().given(), identity.name().family(), identity.userId().value()}) {
        assertFalse(part.isEmpty() || Character.isSpaceChar(part.codePointAt(0))
            || part.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT), part);
      }
    } catch (InvalidUserinfoException refused) {
      assertTrue(refused.getMessage().length() < 120, "a refusal names what and where only");
    }
  }
}
