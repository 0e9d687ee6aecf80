package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.governance.GovernanceCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Access to mailboxes (πρόσβαση σε θυρίδες) as one pure function: no access of any kind without an
 * authenticated principal (L26-3); a citizen opens only their own mailbox and submits requests to an
 * active KEP mailbox; an employee works a KEP mailbox only as its handler, and manages handlers or
 * assigns requests only as its administrator (X2); in familiarisation an employee may sign in with
 * personal TAXISnet (C8), in production only with service credentials (C9) and an authorisation from
 * their agency for the application (K8, X5).
 *
 * <p>Every violation found is reported, each with its {@link AccessCode} and clause.
 */
public final class Access {

  private Access() {}

  /**
   * Decides whether a principal may take an action on a target.
   *
   * @param principal who asks, as the host authenticated them
   * @param action what they ask to do
   * @param target what they aim at
   * @param directory the directory snapshot
   * @param rules the phase and the application
   * @return allowed, or refused with every violation
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing
   */
  public static AccessDecision decide(
      Principal principal, Action action, Target target, Directory directory, AccessRules rules) {
    Presence.required("Access", "principal", principal);
    Presence.required("Access", "action", action);
    Presence.required("Access", "target", target);
    Presence.required("Access", "directory", directory);
    Presence.required("Access", "rules", rules);
    List<Violation> unauthenticated = authentication(principal, action.name());
    if (!unauthenticated.isEmpty()) {
      return AccessDecision.of(unauthenticated);
    }
    List<Violation> violations = new ArrayList<>();
    Optional<Place> place = Place.resolve(target, directory, violations);
    if (principal instanceof Principal.Employee) {
      Standing.check((Principal.Employee) principal, directory, rules, violations);
    }
    place.ifPresent(found -> judge(principal, action, found, directory, violations));
    return AccessDecision.of(violations);
  }

  /**
   * Decides whether a principal may take an action on a target, under the decider's rules: their
   * phase and application ({@link AccessRules#from}).
   *
   * @param principal who asks, as the host authenticated them
   * @param action what they ask to do
   * @param target what they aim at
   * @param directory the directory snapshot
   * @param rules the decider's rules
   * @return allowed, or refused with every violation
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing
   */
  public static AccessDecision decide(
      Principal principal, Action action, Target target, Directory directory, GovernanceRules rules) {
    return decide(principal, action, target, directory, AccessRules.from(rules));
  }

  /**
   * L26-3: the refusal of an unauthenticated principal, for any action at all.
   *
   * @param principal who asks
   * @param action the action's or command's name, for the violation
   * @return {@code NOT_AUTHENTICATED} for nobody; empty for an authenticated principal
   */
  public static List<Violation> authentication(Principal principal, String action) {
    return principal instanceof Principal.Unauthenticated
        ? List.of(Violation.of(GovernanceCode.NOT_AUTHENTICATED, "command", action))
        : List.of();
  }

  /**
   * X5, C6: the refusal of a person who is not a registered employee holding public-servant status.
   *
   * @param person the person's tax id
   * @param directory the directory
   * @return {@code EMPLOYEE_NOT_REGISTERED} or {@code STATUS_LOST}; empty for a public servant
   */
  public static List<Violation> publicServant(TaxId person, Directory directory) {
    return Standing.publicServant(person, directory);
  }

  private static void judge(
      Principal principal, Action action, Place place, Directory directory, List<Violation> violations) {
    if (principal instanceof Principal.Citizen) {
      CitizenAccess.check((Principal.Citizen) principal, action, place, violations);
    } else if (principal instanceof Principal.Employee) {
      EmployeeAccess.check((Principal.Employee) principal, action, place, directory, violations);
    } else {
      violations.add(Violation.of(AccessCode.PRINCIPAL_NOT_PERMITTED,
          "principal", Actor.of(principal).kind().name(), "action", action.name()));
    }
  }
}
