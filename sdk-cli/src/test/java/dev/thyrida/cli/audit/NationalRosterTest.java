package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalRosterTest {

  @Test
  @DisplayName("X9: a national-scale export (1,000 KEPs, 5,000 staff) loads whole")
  void loadsNationalScale(@TempDir Path temp) {
    Roster roster = RosterReader.read(RosterFiles.in(NationalRoster.writeTo(temp)), Language.EN);
    Directory directory = RosterEvents.directory(roster, Instant.parse("2026-11-22T10:00:00Z"));
    assertEquals(1_000, directory.keps().size());
    assertEquals(1_000, directory.mailboxes().size());
    assertEquals(5_000, directory.employees().size());
    assertEquals(5, directory.postingsAt(KepCode.of("0777")).size());
    assertEquals(6_000, roster.roles().size());
  }
}
