package dev.thyrida.bench.race;

import dev.thyrida.bench.ScaledRoster;
import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.AccessRules;
import dev.thyrida.policy.access.Action;
import dev.thyrida.policy.access.Target;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.testkit.directory.NationalDirectory;
import dev.thyrida.testkit.directory.Principals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The access race's corpus: the national directory of 1,000 KEPs and 10,000 staff (each with a
 * service account and the KEP_MAILBOX authorisation, as the testkit builds it), and 20,000 seeded
 * questions: half a handler or administrator of a KEP mailbox asking to open or manage it, half any
 * employee asking about any KEP mailbox. The policy lines the peers load are derived from the same
 * directory as an integrator would flatten it: who may open (work) and who may manage each mailbox.
 */
final class AccessCorpus {

  static final int QUESTIONS = 20_000;
  static final Action[] ACTIONS = {Action.OPEN_MAILBOX, Action.MANAGE_HANDLERS};

  final Directory directory;
  final AccessRules rules = AccessRules.from(GovernanceRules.defaults());
  final List<Mailbox> mailboxes = new ArrayList<>();
  final List<Employee> employees;
  final Question[] questions = new Question[QUESTIONS];

  /** One question, in each contender's own terms. */
  static final class Question {
    final Principal principal;
    final Action action;
    final Target target;
    final String user;
    final String mailbox;
    final String act;

    Question(Principal principal, Action action, Target.OfMailbox target) {
      this.principal = principal;
      this.action = action;
      this.target = target;
      this.user = principal.taxId().orElseThrow().value();
      this.mailbox = target.mailbox().value();
      this.act = action.name();
    }
  }

  AccessCorpus(long seed, int keps, int staff) {
    directory = NationalDirectory.seeded(seed, keps, staff, ScaledRoster.AT).directory();
    directory.mailboxes().stream().filter(m -> m.kind() == MailboxKind.KEP_REQUESTS).forEach(mailboxes::add);
    employees = List.copyOf(directory.employees());
    SplittableRandom random = new SplittableRandom(seed + 1);
    for (int i = 0; i < QUESTIONS; i++) {
      Mailbox mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
      TaxId person;
      Action action;
      if (i % 2 == 0 && !mailbox.handlers().isEmpty()) {
        action = random.nextInt(5) == 0 ? Action.MANAGE_HANDLERS : Action.OPEN_MAILBOX;
        List<TaxId> from = new ArrayList<>(action == Action.OPEN_MAILBOX || mailbox.administrators().isEmpty()
            ? mailbox.handlers() : mailbox.administrators());
        person = from.get(random.nextInt(from.size()));
      } else {
        action = ACTIONS[random.nextInt(2)];
        person = employees.get(random.nextInt(employees.size())).taxId();
      }
      questions[i] = new Question(Principals.signedIn(person), action, new Target.OfMailbox(mailbox.id()));
    }
  }

  /**
   * The flattened policy: one line (user, mailbox, action) per right, as an integrator derives it
   * from the directory: a handler opens a KEP mailbox (X2, L26-1), an administrator manages the
   * handlers of an active one (X2, C5); only employees in service (C6, X5) with their own active
   * service account (K1, K3) and the application's authorisation (K8).
   */
  List<List<String>> policyLines() {
    List<List<String>> lines = new ArrayList<>();
    for (Mailbox mailbox : mailboxes) {
      for (TaxId handler : mailbox.handlers()) {
        if (qualifies(handler)) {
          lines.add(List.of(handler.value(), mailbox.id().value(), Action.OPEN_MAILBOX.name()));
        }
      }
      for (TaxId administrator : mailbox.administrators()) {
        if (mailbox.isActive() && qualifies(administrator)) {
          lines.add(List.of(administrator.value(), mailbox.id().value(), Action.MANAGE_HANDLERS.name()));
        }
      }
    }
    return lines;
  }

  private boolean qualifies(TaxId person) {
    Optional<ServiceAccount> account = directory.account(person);
    return directory.employee(person).filter(Employee::isActive).isPresent() && account.isPresent()
        && account.get().state() != AccountState.SUSPENDED
        && account.get().username().folded().equals(Principals.username(person).folded())
        && account.get().authorisation(rules.application()).isPresent();
  }
}
