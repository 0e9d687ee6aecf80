package dev.thyrida.policy.account;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The stable codes of refused account commands (κωδικοί λογαριασμών), each with its one clause and
 * the names of its parameters. Credential violations keep their own {@code CredentialCode} codes;
 * who may act (sign-in, standing, the agency administrator's role) is {@code AccessCode}'s.
 */
public enum AccountCode implements ViolationCode {
  /** K3: the employee already has a service account, one per employee: change it instead; {@code person}, {@code username}. */
  ACCOUNT_EXISTS(Clause.K3, "person", "username"),
  /** D4: the username is another account's, ignoring case; {@code username}. */
  USERNAME_TAKEN(Clause.D4, "username"),
  /** K3: the new username is the current one; {@code username}. */
  USERNAME_UNCHANGED(Clause.K3, "username"),
  /** X5: the employee already holds an authorisation for the application: change it instead; {@code person}, {@code application}. */
  AUTHORISATION_EXISTS(Clause.X5, "person", "application"),
  /** X5: the employee holds no authorisation for the application; {@code person}, {@code application}. */
  AUTHORISATION_MISSING(Clause.X5, "person", "application"),
  /** X5: the roles given are the ones the authorisation already has; {@code person}, {@code application}. */
  ROLES_UNCHANGED(Clause.X5, "person", "application");

  private final Clause clause;
  private final List<String> parameters;

  AccountCode(Clause clause, String... parameters) {
    this.clause = clause;
    this.parameters = List.of(parameters);
  }

  @Override
  public Clause clause() {
    return clause;
  }

  @Override
  public List<String> parameters() {
    return parameters;
  }
}
