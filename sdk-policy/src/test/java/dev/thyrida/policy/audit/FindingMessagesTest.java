package dev.thyrida.policy.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.policy.explain.BundleCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C1-C10: the Greek and English messages of every audit finding")
class FindingMessagesTest {

  @Test
  @DisplayName("C1-C10: every finding code has a message in both languages, naming only its parameters")
  void everyFindingCodeHasMessages() {
    List<String> problems = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      BundleCheck.check(problems, FindingCode.class, code.name(), Set.copyOf(code.parameters()));
    }
    assertEquals(List.of(), problems);
  }
}
