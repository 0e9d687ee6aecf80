package dev.thyrida.cli.tour;

import static dev.thyrida.cli.tour.Cast.ASINI;
import static dev.thyrida.cli.tour.Cast.DIMITRIS;
import static dev.thyrida.cli.tour.Cast.ELENI;
import static dev.thyrida.cli.tour.Cast.GIORGOS;
import static dev.thyrida.cli.tour.Cast.HR;
import static dev.thyrida.cli.tour.Cast.KATERINA;
import static dev.thyrida.cli.tour.Cast.MAILBOX;
import static dev.thyrida.cli.tour.Cast.MARIA;
import static dev.thyrida.cli.tour.Cast.MUNICIPALITY;
import static dev.thyrida.cli.tour.Cast.NAFPLIO;
import static dev.thyrida.cli.tour.Cast.SOFIA;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tour's script: the circular's life of one KEP mailbox, as commands to the SDK's decider, in
 * the order of issue 8: activation (C1), handlers (C2–C4), a refused ineligible handler (C3), a
 * status loss (C6, D6), a two-step handover (C7) with a refused third administrator (X2), and a
 * service account with a refused and an accepted password (K2–K6). The tour's passwords are
 * examples, still never printed (D5).
 */
final class Walk {

  /** The tour's first instant; each step is an hour later. */
  static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

  private Instant now = START;

  private Walk() {}

  /** The chapters, in order. */
  static List<Chapter> chapters() {
    return new Walk().script();
  }

  private Instant next() {
    now = now.plus(Duration.ofHours(1));
    return now;
  }

  private List<Chapter> script() {
    List<Chapter> chapters = new ArrayList<>();
    chapters.add(new Chapter("setup", setup(), false));
    chapters.add(Chapter.of("activation",
        Step.accepted("activate", new ActivateMailbox(MARIA.atWork(), next(), MAILBOX))));
    chapters.add(Chapter.of("handlers",
        Step.accepted("add-eleni", new AddHandler(MARIA.atWork(), next(), MAILBOX, ELENI.taxId())),
        Step.accepted("add-dimitris", new AddHandler(MARIA.atWork(), next(), MAILBOX, DIMITRIS.taxId()))));
    chapters.add(Chapter.of("ineligible",
        Step.refused("add-sofia", new AddHandler(MARIA.atWork(), next(), MAILBOX, SOFIA.taxId()))));
    Instant resigned = next();
    chapters.add(Chapter.of("status-loss",
        Step.accepted("lose-dimitris", new RecordStatusLoss(HR, resigned, DIMITRIS.taxId(), resigned,
            LossReason.RESIGNATION))));
    Instant appointed = next();
    chapters.add(Chapter.of("handover",
        Step.accepted("appoint-giorgos", new AppointSupervisor(HR, appointed, NAFPLIO, GIORGOS.taxId(), appointed)),
        Step.accepted("designate-giorgos", new DesignateAdministrator(MARIA.atWork(), next(), MAILBOX, GIORGOS.taxId())),
        Step.refused("designate-eleni", new DesignateAdministrator(MARIA.atWork(), next(), MAILBOX, ELENI.taxId())),
        Step.accepted("deactivate-maria", new DeactivateAdministrator(GIORGOS.atWork(), next(), MAILBOX, MARIA.taxId()))));
    chapters.add(new Chapter("service-account", List.of(
        Step.refused("weak-password", account("Eleni2026", "Eleni2026")),
        Step.accepted("strong-password", account("Kep#Nafplio-2026", "Kep#Nafplio-2026"))), false));
    return chapters;
  }

  private CreateServiceAccount account(String password, String confirmation) {
    return new CreateServiceAccount(ELENI.withTaxisNet(), next(), ServiceUsername.of("eleni_konstantinou"),
        Password.of(password), Password.of(confirmation));
  }

  /**
   * The host's facts: the agency, two KEPs, six employees and their postings, a supervisor, a
   * mailbox, and the accounts and authorisations of those who work it.
   */
  private List<Step> setup() {
    List<Step> steps = new ArrayList<>();
    steps.add(Step.accepted("fact", new RegisterAgency(HR, now, MUNICIPALITY, "Δήμος Ναυπλιέων")));
    steps.add(Step.accepted("fact", new RegisterKep(HR, now, NAFPLIO, "ΚΕΠ Ναυπλίου", "Δήμος Ναυπλιέων")));
    steps.add(Step.accepted("fact", new RegisterKep(HR, now, ASINI, "ΚΕΠ Ασίνης", "Δήμος Ναυπλιέων")));
    for (Cast person : List.of(MARIA, ELENI, DIMITRIS, SOFIA, GIORGOS, KATERINA)) {
      steps.add(Step.accepted("fact", new RegisterEmployee(HR, now, person.taxId(), person.name(), MUNICIPALITY)));
    }
    steps.add(posting(MARIA, NAFPLIO, PostingBasis.ORGANIC_POSITION, "2015-03-02T00:00:00Z"));
    steps.add(posting(ELENI, NAFPLIO, PostingBasis.ORGANIC_POSITION, "2019-01-14T00:00:00Z"));
    steps.add(posting(DIMITRIS, NAFPLIO, PostingBasis.TRANSFER_BY_DECISION, "2026-01-15T00:00:00Z"));
    steps.add(posting(SOFIA, ASINI, PostingBasis.ORGANIC_POSITION, "2020-10-05T00:00:00Z"));
    steps.add(posting(GIORGOS, NAFPLIO, PostingBasis.ORGANIC_POSITION, "2012-09-17T00:00:00Z"));
    steps.add(Step.accepted("fact", new AppointSupervisor(HR, now, NAFPLIO, MARIA.taxId(),
        Instant.parse("2023-01-09T00:00:00Z"))));
    steps.add(Step.accepted("fact", new CreateMailbox(HR, now, MAILBOX, new MailboxOwner.OfKep(NAFPLIO))));
    steps.add(Step.accepted("fact", new AppointAgencyAdministrator(HR, now, MUNICIPALITY, KATERINA.taxId())));
    steps.addAll(accounts());
    return steps;
  }

  /**
   * K2, K3, K8: the staff who work the mailbox create their own service accounts after a TAXISnet
   * login, and the agency administrator authorises them for the mailboxes' application, as
   * production needs.
   */
  private List<Step> accounts() {
    List<Step> steps = new ArrayList<>();
    for (Cast person : List.of(KATERINA, MARIA, DIMITRIS, GIORGOS)) {
      Password password = Password.of("Kep#" + person.taxisNetUser().value() + "-2026");
      steps.add(Step.accepted("fact", new CreateServiceAccount(person.withTaxisNet(), now, person.serviceUsername(),
          password, password)));
    }
    for (Cast person : List.of(MARIA, DIMITRIS, GIORGOS)) {
      steps.add(Step.accepted("fact", new GrantAuthorisation(KATERINA.atWork(), now, person.taxId(),
          GovernanceRules.KEP_MAILBOX, Set.of())));
    }
    return steps;
  }

  private Step posting(Cast person, KepCode kep, PostingBasis basis, String from) {
    Optional<DecisionReference> decision = basis.byDecision()
        ? Optional.of(DecisionReference.of("Δ.Ν. 4521/12-1-2026")) : Optional.empty();
    Posting posting = new Posting(PostingId.of("posting-" + person.taxId()), person.taxId(), kep, basis,
        StaffBranch.KEP_STAFF_BRANCH, decision, Instant.parse(from), Optional.empty());
    return Step.accepted("fact", new RecordPosting(HR, now, posting));
  }
}
