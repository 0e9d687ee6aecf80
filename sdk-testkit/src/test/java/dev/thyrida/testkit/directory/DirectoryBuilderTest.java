package dev.thyrida.testkit.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.staff.PostingBasis;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectoryBuilderTest {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  @DisplayName("C1, C2, C3, C7: a KEP with a supervisor, two handlers and an active mailbox")
  void kepWithSupervisorTwoHandlersActiveMailbox() {
    DirectoryFixture given = DirectoryBuilder.at(MONDAY)
        .kep("KEP-0042", kep -> kep.supervisor().handlers(2).activeMailbox())
        .build();
    KepFixture fixture = given.kep("KEP-0042");
    Directory directory = given.directory();

    Kep kep = directory.kep(KepCode.of("KEP-0042")).orElseThrow();
    assertEquals(fixture.supervisor(), kep.supervisor().map(tenure -> tenure.supervisor()));
    Mailbox mailbox = directory.mailbox(fixture.mailbox().orElseThrow()).orElseThrow();
    assertTrue(mailbox.isActive());
    assertEquals(Set.copyOf(fixture.handlers()), mailbox.handlers());
    assertEquals(Set.of(fixture.supervisor().orElseThrow()), mailbox.administrators());
    assertEquals(2, fixture.handlers().size());
    assertEquals(3, directory.postingsAt(KepCode.of("KEP-0042")).size());
    fixture.staff().forEach(person -> assertTrue(directory.employee(person).orElseThrow().isActive()));
  }

  @Test
  @DisplayName("C3: handlers may be posted by organic position, transfer or placement; named people keep their tax ids")
  void namedPeopleAndBases() {
    TaxId maria = TaxId.of("010509832");
    TaxId nikos = TaxId.of("090000045");
    DirectoryFixture given = DirectoryBuilder.at(MONDAY)
        .kep("KEP-1", kep -> kep.supervisor(maria).handler(nikos, PostingBasis.PLACEMENT_BY_DECISION)
            .inactiveMailbox())
        .kep("KEP-2", kep -> kep.supervisor())
        .build();
    assertEquals(java.util.Optional.of(maria), given.kep("KEP-1").supervisor());
    assertEquals(PostingBasis.PLACEMENT_BY_DECISION,
        given.directory().postingsOf(nikos).get(0).basis());
    assertTrue(given.directory().postingsOf(nikos).get(0).decision().isPresent());
    assertFalse(given.directory().mailbox(given.kep("KEP-1").mailbox().orElseThrow()).orElseThrow().isActive());
    assertTrue(given.kep("KEP-2").mailbox().isEmpty());
    assertEquals(given.directory(), Directory.replay(given.events()));
  }

  @Test
  @DisplayName("refuses a person twice, a KEP twice, a second supervisor and a mailbox without a supervisor")
  void refusesNonsense() {
    TaxId maria = TaxId.of("010509832");
    assertThrows(IllegalArgumentException.class, () -> DirectoryBuilder.at(MONDAY)
        .kep("KEP-1", kep -> kep.supervisor(maria)).kep("KEP-2", kep -> kep.supervisor(maria)));
    assertThrows(IllegalArgumentException.class, () -> DirectoryBuilder.at(MONDAY)
        .kep("KEP-1", kep -> kep.supervisor()).kep("KEP-1", kep -> kep.supervisor()));
    assertThrows(IllegalStateException.class, () -> DirectoryBuilder.at(MONDAY)
        .kep("KEP-1", kep -> kep.supervisor().supervisor()));
    assertThrows(IllegalStateException.class, () -> DirectoryBuilder.at(MONDAY)
        .kep("KEP-1", kep -> kep.handlers(1).activeMailbox()));
  }
}
