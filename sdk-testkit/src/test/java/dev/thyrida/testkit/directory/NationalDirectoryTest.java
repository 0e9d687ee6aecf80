package dev.thyrida.testkit.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.kep.Mailbox;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NationalDirectoryTest {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  @DisplayName("X9: 1,000 KEPs and 4,000 staff, every KEP supervised, every handler posted at its KEP (C3)")
  void nationalScale() {
    DirectoryFixture national = NationalDirectory.seeded(7L, 1_000, 4_000, MONDAY);
    Directory directory = national.directory();
    assertEquals(1_000, directory.keps().size());
    assertEquals(4_000, directory.employees().size());
    directory.keps().forEach(kep -> assertTrue(kep.supervisor().isPresent()));
    for (Mailbox mailbox : directory.mailboxes()) {
      var kep = mailbox.kep().orElseThrow();
      for (var handler : mailbox.handlers()) {
        assertTrue(directory.postingsOf(handler).stream().anyMatch(p -> p.kep().equals(kep)));
      }
    }
    assertTrue(directory.mailboxes().stream().filter(Mailbox::isActive).count() > 700);
  }

  @Test
  @DisplayName("the same seed builds the same directory; another seed another one")
  void seeded() {
    assertEquals(NationalDirectory.seeded(3L, 50, 200, MONDAY).events(),
        NationalDirectory.seeded(3L, 50, 200, MONDAY).events());
    assertNotEquals(NationalDirectory.seeded(3L, 50, 200, MONDAY).events(),
        NationalDirectory.seeded(4L, 50, 200, MONDAY).events());
  }
}
