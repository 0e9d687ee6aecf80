package dev.thyrida.testkit.generators;

import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Posting;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThyridaGeneratorsProperties {

  private static final List<KepCode> KEPS = List.of(KepCode.of("KEP-1"), KepCode.of("KEP-2"));

  @Test
  @DisplayName("X7: every generated valid tax id passes the check digit")
  void validTaxIdsAreValid() {
    qt().forAll(ThyridaGenerators.validTaxIds()).check(taxId -> TaxId.isValid(taxId.value()));
  }

  @Test
  @DisplayName("X7: every id with a wrong check digit has nine digits and fails only the check")
  void wrongCheckDigitsAreInvalid() {
    qt().forAll(ThyridaGenerators.taxIdsWithWrongCheckDigit())
        .check(text -> text.matches("[0-9]{9}") && !TaxId.isValid(text));
  }

  @Test
  @DisplayName("C3, D8: generated postings follow each other without overlap, and carry a decision when their basis needs one")
  void postingsAreConsistent() {
    qt().forAll(ThyridaGenerators.employeesWithPostings(KEPS)).check(generated -> {
      List<Posting> postings = generated.postings();
      for (int i = 1; i < postings.size(); i++) {
        if (!postings.get(i - 1).validUntil().orElseThrow().equals(postings.get(i).validFrom())) {
          return false;
        }
      }
      return postings.stream().allMatch(p -> p.employee().equals(generated.employee().taxId())
          && KEPS.contains(p.kep()) && p.basis().byDecision() == p.decision().isPresent());
    });
  }

  @Test
  @DisplayName("X9: generated directories replay from their events, every KEP supervised")
  void directoriesReplay() {
    qt().withExamples(30).forAll(ThyridaGenerators.directories(8)).check(fixture ->
        fixture.directory().equals(Directory.replay(fixture.events()))
            && fixture.directory().keps().stream().allMatch(kep -> kep.supervisor().isPresent()));
  }
}
