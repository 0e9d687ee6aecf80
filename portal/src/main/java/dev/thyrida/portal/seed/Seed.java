package dev.thyrida.portal.seed;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.AppointAgencyAdministrator;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.credential.InitialPasswords;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.store.host.Submission;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The example municipality's starting facts, submitted as commands once, to an empty log: the
 * agency, two KEPs, six employees and their postings, a supervisor, an inactive KEP mailbox, and
 * the accounts and authorisations of those who work it (K8). Every one is decided by the SDK.
 */
public final class Seed {

  /** The municipality. */
  public static final AgencyId MUNICIPALITY = AgencyId.of("dimos-nafplieon");
  /** The KEP the portal administers. */
  public static final KepCode NAFPLIO = KepCode.of("0101");
  /** Another KEP of the municipality. */
  public static final KepCode ASINI = KepCode.of("0102");
  /** The KEP's mailbox (θυρίδα ΚΕΠ). */
  public static final MailboxId MAILBOX = MailboxId.of("mb-0101");
  /** The other KEP's mailbox, where handlers may be moved (C5). */
  public static final MailboxId ASINI_MAILBOX = MailboxId.of("mb-0102");
  /** The host system feeding HR facts. */
  public static final Principal HR = new Principal.HostSystem("dimos-nafplieon-hr");

  private static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");

  private Seed() {}

  /**
   * Submits the facts when the log is empty.
   *
   * @param kept the kept directory
   * @param rules the rules (for the credential profile of the seeded accounts)
   * @return whether anything was submitted
   * @throws IllegalStateException when the SDK refuses a fact (a wrong seed)
   */
  public static boolean into(KeptDirectory kept, GovernanceRules rules) {
    if (kept.snapshot().position() > 0) {
      return false;
    }
    for (Command command : facts(rules)) {
      Submission submission = kept.submit(command);
      if (!submission.decision().isAccepted()) {
        throw new IllegalStateException("seed refused: " + submission.decision().violations());
      }
    }
    return true;
  }

  private static List<Command> facts(GovernanceRules rules) {
    List<Command> facts = new ArrayList<>();
    facts.add(new RegisterAgency(HR, AT, MUNICIPALITY, "Δήμος Ναυπλιέων"));
    facts.add(new RegisterKep(HR, AT, NAFPLIO, "ΚΕΠ Ναυπλίου", "Δήμος Ναυπλιέων"));
    facts.add(new RegisterKep(HR, AT, ASINI, "ΚΕΠ Ασίνης", "Δήμος Ναυπλιέων"));
    for (Person person : Person.ALL) {
      facts.add(new RegisterEmployee(HR, AT, person.taxId(), person.name(), MUNICIPALITY));
    }
    facts.add(posting(Person.MARIA, NAFPLIO, PostingBasis.ORGANIC_POSITION));
    facts.add(posting(Person.ELENI, NAFPLIO, PostingBasis.ORGANIC_POSITION));
    facts.add(posting(Person.DIMITRIS, NAFPLIO, PostingBasis.TRANSFER_BY_DECISION));
    facts.add(posting(Person.SOFIA, ASINI, PostingBasis.ORGANIC_POSITION));
    facts.add(posting(Person.GIORGOS, NAFPLIO, PostingBasis.ORGANIC_POSITION));
    facts.add(new AppointSupervisor(HR, AT, NAFPLIO, Person.MARIA.taxId(), Instant.parse("2023-01-09T00:00:00Z")));
    facts.add(new CreateMailbox(HR, AT, MAILBOX, new MailboxOwner.OfKep(NAFPLIO)));
    facts.add(new CreateMailbox(HR, AT, ASINI_MAILBOX, new MailboxOwner.OfKep(ASINI)));
    facts.add(new AppointAgencyAdministrator(HR, AT, MUNICIPALITY, Person.KATERINA.taxId()));
    SecureRandom random = new SecureRandom();
    for (Person person : List.of(Person.KATERINA, Person.MARIA, Person.DIMITRIS, Person.GIORGOS)) {
      char[] initial = InitialPasswords.generate(rules.credentialProfile(), random);
      Password password = Password.of(new String(initial));
      Arrays.fill(initial, '\0');
      facts.add(new CreateServiceAccount(person.withTaxisNet(), AT, person.seededUsername(), password, password));
    }
    for (Person person : List.of(Person.MARIA, Person.DIMITRIS, Person.GIORGOS)) {
      facts.add(new GrantAuthorisation(Person.KATERINA.atWork(), AT, person.taxId(), rules.application(), Set.of()));
    }
    return facts;
  }

  private static RecordPosting posting(Person person, KepCode kep, PostingBasis basis) {
    Optional<DecisionReference> decision = basis.byDecision()
        ? Optional.of(DecisionReference.of("Δ.Ν. 4521/12-1-2026")) : Optional.empty();
    Posting posting = new Posting(PostingId.of("posting-" + person.taxId()), person.taxId(), kep, basis,
        StaffBranch.KEP_STAFF_BRANCH, decision, Instant.parse("2020-01-01T00:00:00Z"), Optional.empty());
    return new RecordPosting(HR, AT, posting);
  }
}
