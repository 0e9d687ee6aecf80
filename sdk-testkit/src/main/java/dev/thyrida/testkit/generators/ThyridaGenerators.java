package dev.thyrida.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.testkit.directory.DirectoryFixture;
import dev.thyrida.testkit.directory.NationalDirectory;
import dev.thyrida.testkit.directory.TaxIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators. */
public final class ThyridaGenerators {

  private static final Instant EPOCH = Instant.parse("2020-04-22T00:00:00Z");
  private static final List<String> GIVEN = List.of("Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Ιωάννα",
      "Δημήτρης", "Σοφία", "Κωνσταντίνος", "Αικατερίνη", "Παναγιώτης");
  private static final List<String> FAMILY = List.of("Παπαδοπούλου", "Γεωργίου", "Οικονόμου",
      "Νικολάου", "Δημητρίου", "Ιωάννου", "Αθανασίου", "Παπαγεωργίου", "Βασιλείου", "Καραγιάννη");

  private ThyridaGenerators() {}

  /**
   * Valid tax ids (X7), over the whole range of eight-digit bodies.
   *
   * @return the generator
   */
  public static Gen<TaxId> validTaxIds() {
    return integers().between(0, TaxIds.MAX_SERIAL).map(TaxIds::valid);
  }

  /**
   * Nine digits that are invalid tax ids only by their check digit (X7).
   *
   * @return the generator
   */
  public static Gen<String> taxIdsWithWrongCheckDigit() {
    return integers().between(0, TaxIds.MAX_SERIAL)
        .zip(integers().between(1, 9), TaxIds::invalidCheckDigit);
  }

  /**
   * Greek given and family names.
   *
   * @return the generator
   */
  public static Gen<PersonName> greekNames() {
    return Generate.pick(GIVEN).zip(Generate.pick(FAMILY), PersonName::of);
  }

  /**
   * Active employees of an agency, each with one to three postings at the given KEPs, one after the
   * other, on any basis (C3; a decision reference when the basis needs one), the last possibly open.
   *
   * @param keps the KEPs postings may be at, at least one
   * @return the generator
   */
  public static Gen<EmployeeWithPostings> employeesWithPostings(List<KepCode> keps) {
    if (keps.isEmpty()) {
      throw new IllegalArgumentException("employees need at least one KEP to be posted at");
    }
    Gen<PostingDraft> drafts = Generate.pick(keps)
        .zip(Generate.enumValues(PostingBasis.class), integers().between(1, 720), PostingDraft::new);
    return validTaxIds().zip(greekNames(), lists().of(drafts).ofSizeBetween(1, 3), integers().between(0, 1),
        ThyridaGenerators::employee);
  }

  /**
   * Seeded directories of a few KEPs and staff (the national shape at a small scale).
   *
   * @param maxKeps the most KEPs, at least 1
   * @return the generator
   */
  public static Gen<DirectoryFixture> directories(int maxKeps) {
    return longs().all().zip(integers().between(1, maxKeps), integers().between(0, 4),
        (seed, keps, perKep) -> NationalDirectory.seeded(seed, keps, keps * (1 + perKep), EPOCH));
  }

  /** One posting still to place on the timeline: where, on what basis, for how many days. */
  private record PostingDraft(KepCode kep, PostingBasis basis, int days) {}

  private static EmployeeWithPostings employee(TaxId taxId, PersonName name, List<PostingDraft> drafts,
      int lastOpen) {
    List<Posting> postings = new ArrayList<>();
    Instant from = EPOCH;
    for (int i = 0; i < drafts.size(); i++) {
      PostingDraft draft = drafts.get(i);
      Instant until = from.plus(Duration.ofDays(draft.days()));
      boolean open = i == drafts.size() - 1 && lastOpen == 1;
      postings.add(new Posting(PostingId.of("posting-" + taxId.value() + "-" + (i + 1)), taxId, draft.kep(),
          draft.basis(), branch(draft.basis()),
          draft.basis().byDecision() ? Optional.of(DecisionReference.of((i + 1) + "/" + taxId.value()))
              : Optional.empty(),
          from, open ? Optional.empty() : Optional.of(until)));
      from = until;
    }
    return new EmployeeWithPostings(Employee.active(taxId, name, AgencyId.of("municipality")), postings);
  }

  private static StaffBranch branch(PostingBasis basis) {
    return basis == PostingBasis.PLACEMENT_BY_DECISION ? StaffBranch.OTHER_MUNICIPAL : StaffBranch.KEP_STAFF_BRANCH;
  }
}
