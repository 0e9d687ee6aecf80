package dev.thyrida.policy.access;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import java.util.List;

/**
 * Access to mailboxes (πρόσβαση σε θυρίδες) as one pure function: no access of any kind without an
 * authenticated principal (L26-3); a citizen opens only their own mailbox and submits requests to an
 * active KEP mailbox; an employee works a KEP mailbox only as its handler, and manages handlers,
 * hands it over or assigns requests only as its administrator (X2); in familiarisation an employee
 * may sign in with personal TAXISnet (C8), in production only with service credentials of their own
 * active account (C9, K1, K3) and an authorisation from their agency for the application (K8, X5).
 *
 * <p>It runs the very rules every decided command begins with ({@link Gate}), so a command is never
 * accepted where this refuses its actor. Every violation found is reported, each with its {@link
 * AccessCode} and clause.
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
    Presence.required("Access", "target", target);
    return decide(new Question(principal, action, List.of(target)), directory, rules);
  }

  /**
   * Decides an access question, with any number of targets.
   *
   * @param question who asks what
   * @param directory the directory snapshot
   * @param rules the phase and the application
   * @return allowed, or refused with every violation
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing
   */
  public static AccessDecision decide(Question question, Directory directory, AccessRules rules) {
    Presence.required("Access", "question", question);
    Presence.required("Access", "directory", directory);
    Presence.required("Access", "rules", rules);
    return AccessDecision.of(Gate.check(question, directory, rules));
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
   * The access question a command asks, answered: what the command's actor may do by the table
   * {@link CommandAccess}, under the decider's rules. A decided command's violations include these.
   *
   * @param command the command
   * @param directory the directory snapshot
   * @param rules the decider's rules
   * @return allowed, or refused with every violation
   * @throws dev.thyrida.core.identity.InvalidValueException when an argument is missing or the
   *     command's kind has no row in the table
   */
  public static AccessDecision decide(Command command, Directory directory, GovernanceRules rules) {
    return decide(CommandAccess.question(command), directory, AccessRules.from(rules));
  }

  /**
   * X5, C6: the refusal of a person who is not a registered employee holding public-servant status;
   * the one answer to "is this person a public servant?" for actors and the persons commands name.
   *
   * @param person the person's tax id
   * @param directory the directory
   * @return {@code EMPLOYEE_NOT_REGISTERED} or {@code STATUS_LOST}; empty for a public servant
   */
  public static List<Violation> publicServant(TaxId person, Directory directory) {
    return InService.publicServant(person, directory);
  }
}
