package dev.thyrida.testkit.sequences;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.governance.Supervision;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One draw in progress: the cast, the scene and the only randomness; sorted picks keep a seed reproducible. */
final class Drawing {

  final Cast cast;
  final Scene scene;
  final SplittableRandom random;

  Drawing(Cast cast, Scene scene, SplittableRandom random) {
    this.cast = cast;
    this.scene = scene;
    this.random = random;
  }

  Directory directory() {
    return scene.directory();
  }

  Instant now() {
    return scene.now();
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Picks from the preferred items with the given chance when there are any, else from all. */
  <T> T prefer(List<T> all, Predicate<T> preferred, int percent) {
    List<T> good = all.stream().filter(preferred).collect(Collectors.toList());
    return !good.isEmpty() && chance(percent) ? pick(good) : pick(all);
  }

  Duration days(int max) {
    return Duration.ofDays(1 + random.nextInt(max));
  }

  /** A fresh id's suffix: random, so that a replayed draw names the same id. */
  String fresh() {
    return "s" + Integer.toString(random.nextInt(1_000_000), 36);
  }

  static <T, K extends Comparable<K>> List<T> sorted(Collection<T> items, Function<T, K> key) {
    return items.stream().sorted(Comparator.comparing(key)).collect(Collectors.toList());
  }

  static List<TaxId> sorted(Collection<TaxId> people) {
    return people.stream().distinct().sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList());
  }

  /** A person: mostly a registered employee in service, sometimes anyone of the cast. */
  TaxId person() {
    List<TaxId> active = sorted(directory().employees().stream().filter(Employee::isActive).map(Employee::taxId)
        .collect(Collectors.toList()));
    return active.isEmpty() || chance(15) ? pick(cast.people()) : pick(active);
  }

  /** A person of the cast who is not an employee (a citizen), or anyone of the cast when all are. */
  TaxId citizen() {
    List<TaxId> citizens = cast.people().stream().filter(p -> directory().employee(p).isEmpty())
        .collect(Collectors.toList());
    return citizens.isEmpty() ? pick(cast.people()) : pick(citizens);
  }

  List<Mailbox> mailboxes() {
    return sorted(directory().mailboxes(), m -> m.id().value());
  }

  List<KepCode> keps() {
    return sorted(directory().keps().stream().map(kep -> kep.code()).collect(Collectors.toList()), KepCode::value);
  }

  /** A mailbox id: mostly one satisfying the preference, now and then an unknown one. */
  MailboxId mailbox(Predicate<Mailbox> preferred) {
    List<Mailbox> all = mailboxes();
    return all.isEmpty() || chance(3) ? MailboxId.of("mbx-unknown") : prefer(all, preferred, 85).id();
  }

  Optional<TaxId> supervisorOf(MailboxId mailbox) {
    return Supervision.kepOf(mailbox, directory())
        .flatMap(kep -> Supervision.currentSupervisor(kep, now(), directory()));
  }

  TaxId administratorOr(MailboxId mailbox) {
    List<TaxId> admins = directory().mailbox(mailbox).map(m -> sorted(m.administrators())).orElse(List.of());
    return admins.isEmpty() || chance(10) ? person() : pick(admins);
  }
}
