package dev.thyrida.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViolationTest {

  enum SampleCode implements ViolationCode {
    SAMPLE_BROKEN;

    @Override
    public Clause clause() {
      return Clause.C3;
    }

    @Override
    public List<String> parameters() {
      return List.of("kep", "person");
    }
  }

  @Test
  void keepsNamedParametersInTheOrderGiven() {
    Violation violation = Violation.of(SampleCode.SAMPLE_BROKEN, "kep", "K1", "person", "068933130");
    assertEquals(List.of("kep", "person"), List.copyOf(violation.parameters().keySet()));
    assertEquals("068933130", violation.parameter("person"));
    assertEquals(Clause.C3, violation.clause());
  }

  @Test
  void refusesAnOddParameterListAndNullValues() {
    assertThrows(IllegalArgumentException.class, () -> Violation.of(SampleCode.SAMPLE_BROKEN, "kep"));
    assertThrows(NullPointerException.class, () -> Violation.of(SampleCode.SAMPLE_BROKEN, "kep", null));
  }

  @Test
  void findsAClauseByItsRegisterId() {
    assertEquals(Clause.L26_3, Clause.ofId("L26-3"));
    assertEquals("C10", Clause.C10.id());
    assertThrows(IllegalArgumentException.class, () -> Clause.ofId("C11"));
  }

  @Test
  @DisplayName("each code cites one clause: a violation citing another clause than its code's is refused")
  void refusesAClauseOtherThanTheCodes() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> new Violation(SampleCode.SAMPLE_BROKEN, Clause.C5, Map.of()));
    assertTrue(refused.getMessage().contains("SAMPLE_BROKEN cites C3, not C5"));
  }
}
