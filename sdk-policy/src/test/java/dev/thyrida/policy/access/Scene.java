package dev.thyrida.policy.access;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.EmployeeRegistered;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small world for the access, account and casework tests: one agency, one active KEP mailbox with
 * its administrator and handler, an inactive KEP mailbox, two citizens' mailboxes and the agency's.
 */
public final class Scene {

  /** The instant the scene was built. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  /** The agency (a municipality). */
  public static final AgencyId AGENCY = AgencyId.of("dimos-athinaion");
  /** Another agency. */
  public static final AgencyId OTHER_AGENCY = AgencyId.of("dimos-pirea");
  /** The KEP. */
  public static final KepCode KEP = KepCode.of("kep-001");
  /** The active KEP request mailbox. */
  public static final MailboxId KEP_BOX = MailboxId.of("kep-001-requests");
  /** An inactive KEP request mailbox of the same KEP. */
  public static final MailboxId IDLE_BOX = MailboxId.of("kep-001-idle");
  /** The agency's mailbox. */
  public static final MailboxId AGENCY_BOX = MailboxId.of("dimos-athinaion-box");
  /** The supervisor-administrator of the KEP mailbox (not a handler). */
  public static final TaxId ADMIN = taxId(10000001);
  /** The handler of the KEP mailbox. */
  public static final TaxId HANDLER = taxId(10000002);
  /** An employee of the agency with no mailbox role. */
  public static final TaxId CLERK = taxId(10000003);
  /** The agency administrator who grants authorisations. */
  public static final TaxId AGENCY_ADMIN = taxId(10000004);
  /** An employee of the other agency. */
  public static final TaxId OUTSIDER = taxId(10000005);
  /** A citizen. */
  public static final TaxId CITIZEN = taxId(20000001);
  /** Another citizen. */
  public static final TaxId OTHER_CITIZEN = taxId(20000002);
  /** The citizen's mailbox. */
  public static final MailboxId CITIZEN_BOX = personalBox(CITIZEN);
  /** The other citizen's mailbox. */
  public static final MailboxId OTHER_CITIZEN_BOX = personalBox(OTHER_CITIZEN);

  private static final Actor HR = new Actor(ActorKind.HOST_SYSTEM, "hr-feed");

  private Scene() {}

  /**
   * A valid tax id from an 8-digit prefix, with its check digit (X7).
   *
   * @param prefix a number below 100,000,000
   * @return the tax id
   */
  public static TaxId taxId(int prefix) {
    String digits = String.format("%08d", prefix);
    return TaxId.of(digits + TaxId.checkDigit(digits));
  }

  /**
   * The personal mailbox id the scene gives a person.
   *
   * @param person the person
   * @return the id
   */
  public static MailboxId personalBox(TaxId person) {
    return MailboxId.of("user-" + person.value());
  }

  /**
   * The scene's events.
   *
   * @return the events, in order
   */
  public static List<Event> events() {
    List<Event> events = new ArrayList<>(List.of(
        new AgencyRegistered(HR, T0, AGENCY, "Δήμος Αθηναίων"),
        new AgencyRegistered(HR, T0, OTHER_AGENCY, "Δήμος Πειραιά"),
        new AgencyAdministratorAppointed(HR, T0, AGENCY, AGENCY_ADMIN),
        new KepRegistered(HR, T0, KEP, "ΚΕΠ 001", "Αθήνα"),
        new MailboxCreated(HR, T0, KEP_BOX, new MailboxOwner.OfKep(KEP)),
        new MailboxActivated(HR, T0, KEP_BOX),
        new AdministratorDesignated(HR, T0, KEP_BOX, ADMIN, Clause.C1),
        new HandlerAdded(HR, T0, KEP_BOX, HANDLER),
        new MailboxCreated(HR, T0, IDLE_BOX, new MailboxOwner.OfKep(KEP)),
        new HandlerAdded(HR, T0, IDLE_BOX, HANDLER),
        new AdministratorDesignated(HR, T0, IDLE_BOX, ADMIN, Clause.C1),
        new MailboxCreated(HR, T0, AGENCY_BOX, new MailboxOwner.OfAgency(AGENCY)),
        new MailboxCreated(HR, T0, CITIZEN_BOX, new MailboxOwner.OfCitizen(CITIZEN)),
        new MailboxCreated(HR, T0, OTHER_CITIZEN_BOX, new MailboxOwner.OfCitizen(OTHER_CITIZEN))));
    for (TaxId employee : List.of(ADMIN, HANDLER, CLERK, AGENCY_ADMIN)) {
      events.add(new EmployeeRegistered(HR, T0, employee, PersonName.of("Μαρία", "Παπαδοπούλου"), AGENCY));
    }
    events.add(new EmployeeRegistered(HR, T0, OUTSIDER, PersonName.of("Νίκος", "Νικολάου"), OTHER_AGENCY));
    for (TaxId employee : List.of(ADMIN, HANDLER, CLERK)) {
      events.add(new ServiceAccountCreated(HR, T0, employee, username(employee)));
    }
    for (TaxId employee : List.of(ADMIN, HANDLER)) {
      events.add(new AuthorisationGranted(HR, T0, employee, AccessRules.KEP_MAILBOX, Set.of(Role.of("user")),
          AGENCY_ADMIN));
    }
    return events;
  }

  /**
   * The scene's directory.
   *
   * @return the directory after {@link #events()}
   */
  public static Directory directory() {
    return Directory.replay(events());
  }

  /**
   * The service username the scene gives an employee.
   *
   * @param employee the employee
   * @return e.g. {@code user_100000012}
   */
  public static ServiceUsername username(TaxId employee) {
    return ServiceUsername.of("user_" + employee.value());
  }

  /**
   * A person's verified identity.
   *
   * @param person the tax id
   * @return the identity, with TAXISnet user id {@code User<taxid>}
   */
  public static AuthenticatedIdentity identity(TaxId person) {
    return AuthenticatedIdentity.of(person, TaxisNetUserId.of("User" + person.value()),
        PersonName.of("Ελένη", "Γεωργίου"));
  }

  /**
   * A citizen signed in with personal TAXISnet.
   *
   * @param person the tax id
   * @return the principal
   */
  public static Principal citizen(TaxId person) {
    return new Principal.Citizen(identity(person), Authentication.TAXISNET_PERSONAL);
  }

  /**
   * An employee signed in with their own service credentials (C9).
   *
   * @param person the tax id
   * @return the principal
   */
  public static Principal.Employee withService(TaxId person) {
    return new Principal.Employee(identity(person), Authentication.SERVICE_CREDENTIALS,
        Optional.of(username(person)));
  }

  /**
   * An employee signed in with personal TAXISnet (C8, K2).
   *
   * @param person the tax id
   * @return the principal
   */
  public static Principal.Employee withTaxisNet(TaxId person) {
    return new Principal.Employee(identity(person), Authentication.TAXISNET_PERSONAL, Optional.empty());
  }
}
