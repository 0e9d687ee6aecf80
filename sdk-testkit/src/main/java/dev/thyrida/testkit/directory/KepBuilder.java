package dev.thyrida.testkit.directory;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.decide.GovernanceRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to put at one KEP of a {@link DirectoryBuilder}: a supervisor (posted there, appointed, C7),
 * handlers (posted there, C3), other staff, and its KEP-requests mailbox (created with the supervisor
 * as administrator, C1; handlers added, C2; active or not). Every person posted there gets their own
 * service account and the authorisation for the mailboxes' application (K3, K8), so they act in
 * production signed in as {@link Principals#signedIn}.
 */
public final class KepBuilder {

  private enum MailboxWanted { NONE, INACTIVE, ACTIVE }

  private final DirectoryBuilder directory;
  private final KepCode code;
  private final Map<TaxId, PostingBasis> staff = new LinkedHashMap<>();
  private final List<TaxId> handlers = new ArrayList<>();
  private String name;
  private String municipality = "Αθήνα";
  private TaxId supervisor;
  private MailboxWanted mailbox = MailboxWanted.NONE;

  KepBuilder(DirectoryBuilder directory, KepCode code) {
    this.directory = directory;
    this.code = code;
    this.name = "ΚΕΠ " + code.value();
  }

  /**
   * Names the KEP.
   *
   * @param kepName its name
   * @param kepMunicipality its municipality
   * @return this builder
   */
  public KepBuilder named(String kepName, String kepMunicipality) {
    this.name = kepName;
    this.municipality = kepMunicipality;
    return this;
  }

  /**
   * A supervisor with a fresh tax id, posted at the KEP in an organic position.
   *
   * @return this builder
   */
  public KepBuilder supervisor() {
    return supervisor(directory.freshTaxId());
  }

  /**
   * A given supervisor, posted at the KEP in an organic position.
   *
   * @param taxId the supervisor's tax id
   * @return this builder
   */
  public KepBuilder supervisor(TaxId taxId) {
    if (supervisor != null) {
      throw new IllegalStateException("KEP " + code + " already has a supervisor");
    }
    supervisor = posted(taxId, PostingBasis.ORGANIC_POSITION);
    return this;
  }

  /**
   * Handlers with fresh tax ids, in organic positions.
   *
   * @param count how many
   * @return this builder
   */
  public KepBuilder handlers(int count) {
    for (int i = 0; i < count; i++) {
      handler(directory.freshTaxId(), PostingBasis.ORGANIC_POSITION);
    }
    return this;
  }

  /**
   * A given handler, posted at the KEP on a basis (C3 a, b or c).
   *
   * @param taxId the handler's tax id
   * @param basis organic position, transfer or placement
   * @return this builder
   */
  public KepBuilder handler(TaxId taxId, PostingBasis basis) {
    handlers.add(posted(taxId, basis));
    return this;
  }

  /**
   * An employee posted at the KEP who is not a handler (eligible, but not yet defined: C5).
   *
   * @param basis organic position, transfer or placement
   * @return the employee's fresh tax id
   */
  public TaxId staffMember(PostingBasis basis) {
    return posted(directory.freshTaxId(), basis);
  }

  /**
   * Its KEP-requests mailbox, created and activated (C1).
   *
   * @return this builder
   */
  public KepBuilder activeMailbox() {
    mailbox = MailboxWanted.ACTIVE;
    return this;
  }

  /**
   * Its KEP-requests mailbox, created but not yet activated (C10).
   *
   * @return this builder
   */
  public KepBuilder inactiveMailbox() {
    mailbox = MailboxWanted.INACTIVE;
    return this;
  }

  /** A fresh tax id from the directory, for a handler the test does not name. */
  TaxId freshTaxId() {
    return directory.freshTaxId();
  }

  private TaxId posted(TaxId taxId, PostingBasis basis) {
    if (staff.containsKey(taxId)) {
      throw new IllegalArgumentException(taxId + " is already posted at KEP " + code);
    }
    staff.put(directory.claim(taxId), basis);
    return taxId;
  }

  KepFixture emit() {
    directory.add(new KepRegistered(directory.registry(), directory.instant(), code, name, municipality));
    AgencyId agency = AgencyId.of("municipality-" + code.value());
    int n = 0;
    for (Map.Entry<TaxId, PostingBasis> member : staff.entrySet()) {
      n++;
      directory.add(new EmployeeRegistered(directory.registry(), directory.instant(), member.getKey(),
          DirectoryBuilder.nameFor(member.getKey()), agency));
      directory.add(new PostingRecorded(directory.registry(), directory.instant(), posting(member, n)));
      if (directory.givesAccounts()) {
        account(member.getKey());
      }
    }
    if (supervisor != null) {
      directory.add(new SupervisorAppointed(directory.registry(), directory.instant(), code, supervisor,
          directory.instant()));
    }
    Optional<MailboxId> box = mailbox == MailboxWanted.NONE ? Optional.empty() : Optional.of(emitMailbox());
    return new KepFixture(code, Optional.ofNullable(supervisor), handlers, List.copyOf(staff.keySet()), box);
  }

  /**
   * K3, K8: the employee's own service account ({@link Principals#username}) and their agency's
   * authorisation for the mailboxes' application, so they can act in production as {@link
   * Principals#signedIn}.
   */
  private void account(TaxId person) {
    directory.add(new ServiceAccountCreated(directory.registry(), directory.instant(), person,
        Principals.username(person)));
    directory.add(new AuthorisationGranted(directory.registry(), directory.instant(), person,
        GovernanceRules.KEP_MAILBOX, Set.of(), supervisor == null ? person : supervisor));
  }

  private Posting posting(Map.Entry<TaxId, PostingBasis> member, int n) {
    PostingBasis basis = member.getValue();
    StaffBranch branch = basis == PostingBasis.PLACEMENT_BY_DECISION
        ? StaffBranch.OTHER_MUNICIPAL : StaffBranch.KEP_STAFF_BRANCH;
    Optional<DecisionReference> decision = basis.byDecision()
        ? Optional.of(DecisionReference.of(n + "/" + code.value())) : Optional.empty();
    return new Posting(PostingId.of("posting-" + code.value() + "-" + n), member.getKey(), code, basis,
        branch, decision, directory.instant(), Optional.empty());
  }

  private MailboxId emitMailbox() {
    if (supervisor == null) {
      throw new IllegalStateException("a KEP mailbox needs a supervisor to administer it (C1)");
    }
    MailboxId id = MailboxId.of("mailbox-" + code.value());
    Actor by = new Actor(ActorKind.EMPLOYEE, supervisor.value());
    directory.add(new MailboxCreated(by, directory.instant(), id, new MailboxOwner.OfKep(code)));
    directory.add(new AdministratorDesignated(by, directory.instant(), id, supervisor, Clause.C1));
    handlers.forEach(handler -> directory.add(new HandlerAdded(by, directory.instant(), id, handler)));
    if (mailbox == MailboxWanted.ACTIVE) {
      directory.add(new MailboxActivated(by, directory.instant(), id));
    }
    return id;
  }
}
