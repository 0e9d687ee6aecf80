package dev.thyrida.testkit.directory;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a directory, KEP by KEP, as events dated at one instant:
 *
 * <pre>{@code
 * DirectoryFixture given = DirectoryBuilder.at(MONDAY)
 *     .kep("KEP-0042", kep -> kep.supervisor().handlers(2).activeMailbox())
 *     .build();
 * }</pre>
 *
 * <p>People the test does not name get valid, distinct tax ids (from serial 10,000,000 up) and
 * Greek names; every person posted gets their own service account and the authorisation for the
 * mailboxes' application (unless {@link #withoutServiceAccounts()}), so they act in production as
 * {@link Principals#signedIn}; everything is deterministic. Not thread-safe.
 */
public final class DirectoryBuilder {

  private static final String[] GIVEN = {"Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης",
      "Σοφία", "Κώστας", "Αναστασία", "Γιάννης"};
  private static final String[] FAMILY = {"Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Νικολάου",
      "Δημητρίου", "Ιωάννου", "Αθανασίου", "Κωνσταντίνου", "Βασιλείου", "Μιχαηλίδη", "Χριστοδούλου"};

  private final Instant at;
  private final Actor registry = Actor.of(new Principal.HostSystem("directory-builder"));
  private final List<Event> events = new ArrayList<>();
  private final Map<KepCode, KepFixture> keps = new LinkedHashMap<>();
  private final Set<TaxId> used = new HashSet<>();
  private int nextSerial = 10_000_000;
  private boolean accounts = true;

  private DirectoryBuilder(Instant at) {
    this.at = Objects.requireNonNull(at, "the instant is required");
  }

  /**
   * Starts a directory whose events are all dated at an instant.
   *
   * @param at the instant of every event (postings start then)
   * @return the builder
   */
  public static DirectoryBuilder at(Instant at) {
    return new DirectoryBuilder(at);
  }

  /**
   * Leaves the staff without service accounts and authorisations, e.g. for tests of creating them
   * (K2, K3): by default every person posted gets both (K8).
   *
   * @return this builder
   */
  public DirectoryBuilder withoutServiceAccounts() {
    accounts = false;
    return this;
  }

  /**
   * Adds a KEP.
   *
   * @param code the KEP's code
   * @param setup what to put at it
   * @return this builder
   */
  public DirectoryBuilder kep(String code, Consumer<KepBuilder> setup) {
    KepCode kep = KepCode.of(code);
    if (keps.containsKey(kep)) {
      throw new IllegalArgumentException("KEP " + code + " was already built");
    }
    KepBuilder builder = new KepBuilder(this, kep);
    setup.accept(builder);
    keps.put(kep, builder.emit());
    return this;
  }

  /**
   * The events and the directory they replay into.
   *
   * @return the fixture
   */
  public DirectoryFixture build() {
    return new DirectoryFixture(events, Directory.replay(events), keps);
  }

  Instant instant() {
    return at;
  }

  boolean givesAccounts() {
    return accounts;
  }

  Actor registry() {
    return registry;
  }

  void add(Event event) {
    events.add(event);
  }

  /** A valid tax id nobody in this directory has, and that no later call returns again. */
  TaxId freshTaxId() {
    TaxId candidate = TaxIds.valid(nextSerial++);
    while (used.contains(candidate)) {
      candidate = TaxIds.valid(nextSerial++);
    }
    return candidate;
  }

  TaxId claim(TaxId taxId) {
    if (!used.add(taxId)) {
      throw new IllegalArgumentException("tax id " + taxId + " is already someone in this directory");
    }
    return taxId;
  }

  /** A deterministic Greek name for a tax id. */
  static PersonName nameFor(TaxId taxId) {
    int n = Integer.parseInt(taxId.value().substring(0, 8));
    return PersonName.of(GIVEN[n % GIVEN.length], FAMILY[(n / GIVEN.length) % FAMILY.length]);
  }
}
