package dev.thyrida.policy.access;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.DocumentIssued;
import dev.thyrida.core.event.RequestSubmitted;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.policy.decide.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generators of principals, targets and phases over the {@link Scene}, with a document per citizen. */
final class AccessGen {

  /** Everyone the scene knows, and one stranger. */
  static final List<TaxId> PEOPLE = List.of(Scene.ADMIN, Scene.HANDLER, Scene.CLERK, Scene.AGENCY_ADMIN,
      Scene.OUTSIDER, Scene.CITIZEN, Scene.OTHER_CITIZEN, Scene.taxId(30000001));

  /** The scene with a request and a document for each citizen. */
  static final Directory DIRECTORY = Scene.directory()
      .evolve(new DocumentIssued(new Actor(ActorKind.CITIZEN, "x"), Scene.T0,
          Document.issued(DocumentId.of("doc-c"), Scene.CITIZEN, new DocumentOrigin.IssuedByPerson(), Scene.T0)))
      .evolve(new DocumentIssued(new Actor(ActorKind.CITIZEN, "x"), Scene.T0,
          Document.issued(DocumentId.of("doc-o"), Scene.OTHER_CITIZEN, new DocumentOrigin.IssuedByPerson(), Scene.T0)))
      .evolve(new RequestSubmitted(new Actor(ActorKind.CITIZEN, "x"), Scene.T0, RequestId.of("req-1"),
          Scene.CITIZEN, Scene.KEP_BOX));

  private AccessGen() {}

  /**
   * Any principal: nobody, a citizen, an employee (any sign-in, own or another's or no service
   * username), a Ministry official or the host system, for anyone the scene knows.
   *
   * @return the generator
   */
  static Gen<Principal> principals() {
    return integers().between(0, 6).zip(arbitrary().pick(PEOPLE), arbitrary().enumValues(Authentication.class),
        integers().between(0, 2), AccessGen::principal);
  }

  /**
   * Employees signed in with personal TAXISnet, for anyone the scene knows.
   *
   * @return the generator
   */
  static Gen<Principal> taxisNetEmployees() {
    return arbitrary().pick(PEOPLE).map(Scene::withTaxisNet);
  }

  private static Principal principal(int kind, TaxId person, Authentication authentication, int username) {
    switch (kind) {
      case 0:
        return new Principal.Unauthenticated();
      case 1:
      case 2:
        return new Principal.Citizen(Scene.identity(person), authentication);
      case 3:
      case 4:
        return new Principal.Employee(Scene.identity(person), authentication, username(person, username));
      case 5:
        return new Principal.MinistryOfficial(Scene.identity(person));
      default:
        return new Principal.HostSystem("hr-feed");
    }
  }

  private static Optional<ServiceUsername> username(TaxId person, int which) {
    if (which == 0) {
      return Optional.empty();
    }
    return Optional.of(Scene.username(which == 1 ? person : Scene.HANDLER));
  }

  /**
   * Targets that stand for a citizen's own mailbox: the mailboxes and documents of both citizens.
   *
   * @return the generator
   */
  static Gen<Target> personalTargets() {
    return arbitrary().pick(List.of(Target.mailbox(Scene.CITIZEN_BOX), Target.mailbox(Scene.OTHER_CITIZEN_BOX),
        Target.document(DocumentId.of("doc-c")), Target.document(DocumentId.of("doc-o"))));
  }

  /**
   * Every kind of target in the scene, known and unknown.
   *
   * @return the generator
   */
  static Gen<Target> anyTargets() {
    List<Target> targets = new ArrayList<>();
    for (MailboxId mailbox : List.of(Scene.KEP_BOX, Scene.IDLE_BOX, Scene.AGENCY_BOX, Scene.CITIZEN_BOX,
        Scene.OTHER_CITIZEN_BOX, MailboxId.of("nowhere"))) {
      targets.add(Target.mailbox(mailbox));
    }
    targets.add(Target.request(RequestId.of("req-1")));
    targets.add(Target.document(DocumentId.of("doc-c")));
    return arbitrary().pick(targets);
  }

  /**
   * Either phase.
   *
   * @return the generator
   */
  static Gen<Phase> phases() {
    return arbitrary().enumValues(Phase.class);
  }

  /**
   * Any action.
   *
   * @return the generator
   */
  static Gen<Action> actions() {
    return arbitrary().enumValues(Action.class);
  }

  /**
   * The citizen whose own mailbox a target stands for.
   *
   * @param target a personal target
   * @return the owner
   */
  static TaxId ownerOf(Target target) {
    if (target instanceof Target.OfMailbox) {
      return DIRECTORY.mailbox(((Target.OfMailbox) target).mailbox()).map(found ->
          ((MailboxOwner.OfCitizen) found.owner()).citizen()).orElseThrow();
    }
    return DIRECTORY.document(((Target.OfDocument) target).document()).orElseThrow().holder();
  }
}
