package dev.thyrida.testkit.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.governance.Supervision;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Drawing arguments from the current state, biased towards meaningful commands, and wrong actors now and then. */
final class Draws {

  static final TaxId OFFICIAL = Setup.person(Setup.PEOPLE - 1);
  static final Principal HOST = Principals.hostSystem("hr-feed");

  private Draws() {}

  static boolean chance(SplittableRandom random, int percent) {
    return random.nextInt(100) < percent;
  }

  static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  /** Picks from the preferred items with the given chance when there are any, else from all. */
  static <T> T prefer(List<T> all, Predicate<T> preferred, int percent, SplittableRandom random) {
    List<T> good = all.stream().filter(preferred).collect(Collectors.toList());
    return !good.isEmpty() && chance(random, percent) ? pick(good, random) : pick(all, random);
  }

  /** A person: mostly a registered employee in service, sometimes anyone of the pool (unregistered or not). */
  static TaxId person(Journal state, SplittableRandom random) {
    List<TaxId> active = state.directory().employees().stream().filter(Employee::isActive).map(Employee::taxId)
        .sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList());
    return active.isEmpty() || chance(random, 15) ? Setup.person(1 + random.nextInt(Setup.PEOPLE)) : pick(active, random);
  }

  static List<Mailbox> mailboxes(Directory directory) {
    return directory.mailboxes().stream().sorted(Comparator.comparing(m -> m.id().value())).collect(Collectors.toList());
  }

  static List<KepCode> keps(Directory directory) {
    return directory.keps().stream().map(kep -> kep.code()).sorted(Comparator.comparing(KepCode::value))
        .collect(Collectors.toList());
  }

  /** A mailbox id: mostly one satisfying the preference, now and then an unknown one. */
  static MailboxId mailbox(Journal state, Predicate<Mailbox> preferred, SplittableRandom random) {
    if (chance(random, 3)) {
      return MailboxId.of("mbx-unknown");
    }
    return prefer(mailboxes(state.directory()), preferred, 85, random).id();
  }

  static Optional<TaxId> supervisorOf(Journal state, MailboxId mailbox) {
    return Supervision.kepOf(mailbox, state.directory())
        .flatMap(kep -> Supervision.currentSupervisor(kep, state.now(), state.directory()));
  }

  static TaxId administratorOr(Journal state, MailboxId mailbox, SplittableRandom random) {
    List<TaxId> admins = state.directory().mailbox(mailbox)
        .map(m -> m.administrators().stream().sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList()))
        .orElse(List.of());
    return admins.isEmpty() || chance(random, 10) ? person(state, random) : pick(admins, random);
  }

  /** The principal issuing an employee's command: mostly the right person with service credentials. */
  static Principal employeeActor(TaxId right, Journal state, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 80) {
      return employee(right, Authentication.SERVICE_CREDENTIALS);
    }
    if (roll < 88) {
      return employee(person(state, random), Authentication.SERVICE_CREDENTIALS);
    }
    if (roll < 92) {
      return employee(right, Authentication.TAXISNET_PERSONAL);
    }
    return stranger(right, random);
  }

  /** The principal issuing an HR fact: mostly the host. */
  static Principal hostActor(Journal state, SplittableRandom random) {
    return chance(random, 90) ? HOST : stranger(person(state, random), random);
  }

  /** The principal issuing a Ministry command: mostly an official. */
  static Principal ministryActor(Journal state, SplittableRandom random) {
    return chance(random, 85) ? Principals.ministryOfficial(OFFICIAL) : stranger(person(state, random), random);
  }

  private static Principal stranger(TaxId person, SplittableRandom random) {
    switch (random.nextInt(5)) {
      case 0: return Principals.ministryOfficial(OFFICIAL);
      case 1: return Principals.citizen(person);
      case 2: return HOST;
      case 3: return Principals.nobody();
      default: return employee(person, Authentication.SERVICE_CREDENTIALS);
    }
  }

  static Principal.Employee employee(TaxId person, Authentication authentication) {
    return new Principal.Employee(Principals.identity(person), authentication, Optional.empty());
  }

  /** The action of deciding one drawn command, labelled with its kind and outcome. */
  static Action<Journal> decide(Command command) {
    String kind = command.getClass().getSimpleName();
    return Action.of(Describe.command(command), state -> {
      Journal next = state.decide(command);
      List<String> labels = new ArrayList<>();
      next.last().flatMap(Journal.Step::decision).ifPresent(decision -> {
        labels.add(kind + (decision.isAccepted() ? " accepted" : " rejected"));
        decision.codes().stream().map(code -> kind + " refused " + code.name()).distinct().forEach(labels::add);
      });
      return new Transition<>(next, labels);
    });
  }
}
