package dev.thyrida.docs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.docs.Snippets;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.store.host.Submission;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.json.DecodingException;
import dev.thyrida.store.json.Encoded;
import dev.thyrida.store.json.LogJson;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.Snapshot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/store.md: its snippets compile, run on a real PostgreSQL, and are the ones the page shows")
class StoreSnippetsTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();      // an empty PostgreSQL, as a host's would be
    dataSource = postgres.getPostgresDatabase();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  @DisplayName("C1, C10: from an empty PostgreSQL to a working directory: decide, persist, reload")
  void fromAnEmptyDatabaseToAWorkingDirectory() {
    // tag::host[]
    EventLog log = JdbcEventLog.migrated(dataSource);          // creates the schema on first use
    KeptDirectory kept = KeptDirectory.load(log, GovernanceRules.defaults());

    Principal hr = new Principal.HostSystem("hr-registry");
    Instant now = Instant.parse("2026-03-02T08:00:00Z");
    KepCode kep = KepCode.of("KEP-0042");
    TaxId maria = TaxId.of("068933130");
    AgencyId athens = AgencyId.of("dimos-athinaion");
    List<Submission> setUp = new ArrayList<>();
    for (Command command : List.of(
        new RegisterAgency(hr, now, athens, "Δήμος Αθηναίων"),
        new RegisterKep(hr, now, kep, "ΚΕΠ Αμπελοκήπων", "Δήμος Αθηναίων"),
        new RegisterEmployee(hr, now, maria, PersonName.of("Μαρία", "Κωνσταντίνου"), athens),
        new AppointSupervisor(hr, now, kep, maria, now))) {
      setUp.add(kept.submit(command));                         // decided, appended, applied
    }
    Submission twice = kept.submit(new RegisterKep(hr, now, kep, "ΚΕΠ Αμπελοκήπων", "Δήμος Αθηναίων"));

    Decision refused = twice.decision();                       // rejected with every violation; nothing stored
    Snapshot reloaded = KeptDirectory.load(log, GovernanceRules.defaults()).snapshot();
    // end::host[]
    setUp.forEach(submission -> assertTrue(submission.decision().isAccepted(), submission.decision().violations().toString()));
    assertFalse(refused.isAccepted());
    assertFalse(refused.violations().isEmpty());
    assertEquals(kept.snapshot(), reloaded);
    assertEquals(setUp.get(3).position(), log.head());
    assertTrue(reloaded.directory().kep(KepCode.of("KEP-0042")).flatMap(k -> k.supervisor()).isPresent());

    // tag::resume[]
    Snapshot saved = kept.snapshot();                           // keep it (in memory, or as the host likes)
    KeptDirectory resumed = KeptDirectory.resume(log, GovernanceRules.defaults(), saved);   // replays only what came after
    // end::resume[]
    assertEquals(reloaded, resumed.snapshot());
  }

  @Test
  @DisplayName("the JSON form of an event, and a decoding error that names type, field and position")
  void jsonForm() {
    Event event = sampleEvent();
    // tag::json[]
    LogJson json = LogJson.standard();
    Encoded stored = json.encode(event);                       // type, version, data
    String envelope = LogJson.envelope(stored);                // {"type":"kep.registered","version":1,"data":{…}}
    Event back = json.decodeEvent(LogJson.fromEnvelope(envelope));

    DecodingException wrong = assertThrows(DecodingException.class, () ->
        json.decodeEvent(new Encoded("kep.registered", 1, stored.data().replace("\"kep\":", "\"code\":"))));
    // wrong.code() == JSON_MISSING_FIELD, wrong.field() == "/data/kep"
    // end::json[]
    assertEquals(event, back);
    assertEquals("/data/kep", wrong.field());
    assertEquals("kep.registered", wrong.type());
  }

  private static Event sampleEvent() {
    Principal hr = new Principal.HostSystem("hr-registry");
    Instant now = Instant.parse("2026-03-02T08:00:00Z");
    return dev.thyrida.policy.rulebook.Rulebook.decide(new RegisterKep(hr, now, KepCode.of("KEP-0042"), "ΚΕΠ Αμπελοκήπων",
        "Δήμος Αθηναίων"), dev.thyrida.core.directory.Directory.empty(), GovernanceRules.defaults()).events().get(0);
  }

  @Test
  @DisplayName("the same log on H2, the embedded default")
  void onH2() {
    // tag::h2[]
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:thyrida;DB_CLOSE_DELAY=-1");      // or jdbc:h2:file:/var/lib/thyrida/log
    EventLog log = JdbcEventLog.migrated(h2);
    // end::h2[]
    assertEquals(1, log.append(log.head(), List.of(sampleEvent())));
    assertEquals(sampleEvent(), log.read(0, 1).get(0).event());
  }

  @Test
  @DisplayName("the page shows the examples exactly as compiled here")
  void pageShowsTheseExamples() throws IOException {
    String page = Snippets.read(Path.of("store.md"));
    String snippets = Snippets.read(Path.of("src/test/java/dev/thyrida/docs/store/StoreSnippetsTest.java"));
    for (String region : List.of("host", "resume", "json", "h2")) {
      assertTrue(page.contains(Snippets.between(snippets, region)), "docs/store.md lacks:\n" + Snippets.between(snippets, region));
    }
    assertFalse(page.contains("TODO"));
  }
}
