package dev.thyrida.docs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.clause.Clause;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26, C1-C10, K1-K8: docs/clauses.md traces every clause to its rules, codes, findings and tests")
class ClauseCatalogueTest {

  private static final Path PAGE = Path.of("clauses.md");
  private static ClauseCatalogue catalogue;

  @BeforeAll
  static void read() {
    catalogue = new ClauseCatalogue(TestName.scan(Path.of("..")));
  }

  @Test
  @DisplayName("L26, C1-C10, K1-K8: docs/clauses.md is the catalogue generated now from the register, rules and tests")
  void pageIsCurrent() throws IOException {
    GeneratedPage.requireCurrent(PAGE, catalogue.render());
  }

  @Test
  @DisplayName("L26, C1-C10, K1-K8: every clause of the sources is enforced by a rule, a code, a finding or a named part")
  void everySeedClauseIsEnforced() {
    assertEquals(List.of(), catalogue.unenforcedSeeds());
  }

  @Test
  @DisplayName("L26, C1-C10, K1-K8: every clause of the sources is cited by at least one test's display name")
  void everySeedClauseIsTested() {
    assertEquals(List.of(), catalogue.untestedSeeds());
  }

  @Test
  @DisplayName("L26-3: every rule of the standard rulebook declares its codes, so cites a clause")
  void everyRuleCitesAClause() {
    assertEquals(List.of(), catalogue.rulesCitingNothing());
  }

  @Test
  @DisplayName("L26-3: the parts that honour a clause without a code exist under the names the catalogue gives")
  void partsWithoutCodesExist() throws ClassNotFoundException {
    for (ClauseCatalogue.Honour honour : ClauseCatalogue.WITHOUT_CODES.values()) {
      Class.forName(honour.type());
    }
  }

  @Test
  @DisplayName("L26-3: a display name's clause prefix is read with ranges and families spread, and nothing else")
  void prefixesAreRead() {
    assertEquals(Optional.of(List.of(Clause.K4, Clause.K5, Clause.K6, Clause.X7)),
        TestName.clausesOf("K4-K6, X7: a username"));
    assertEquals(Optional.of(List.of(Clause.L26_1, Clause.L26_2, Clause.L26_3, Clause.C6)),
        TestName.clausesOf("L26, C6: x"));
    assertEquals(Optional.of(List.of(Clause.L26_3)), TestName.clausesOf("L26-3: the page"));
    assertEquals(Optional.empty(), TestName.clausesOf("ADR 0062: passwords"));
    assertEquals(Optional.empty(), TestName.clausesOf("the page: C5"));
    assertEquals(Optional.empty(), TestName.clausesOf("C5 and more"));
  }
}
