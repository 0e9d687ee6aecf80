package dev.thyrida.policy.credential.hygiene;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/** The ways a password breaks the rules beyond K5 that a profile switched on (D11). */
public enum HygieneCode implements ViolationCode {
  /** D11: the password holds the service username, ignoring case. */
  PASSWORD_HOLDS_USERNAME(List.of()),
  /** D11: the password holds the TAXISnet user id, ignoring case. */
  PASSWORD_HOLDS_TAXISNET_USER_ID(List.of()),
  /** D11: the password holds the tax id. */
  PASSWORD_HOLDS_TAX_ID(List.of()),
  /** D11: the password holds the person's given or family name, as written or in ELOT 743, ignoring case. */
  PASSWORD_HOLDS_NAME(List.of()),
  /** D11: the password is one of the previous ones; {@code previous} is how many were compared. */
  PASSWORD_REUSED(List.of("previous")),
  /** D11: the password is on the host's deny-list. */
  PASSWORD_DENIED(List.of());

  private final List<String> parameters;

  HygieneCode(List<String> parameters) {
    this.parameters = parameters;
  }

  @Override
  public Clause clause() {
    return Clause.D11;
  }

  /**
   * The names of the parameters a violation with this code carries.
   *
   * @return the names, in order
   */
  public List<String> parameters() {
    return parameters;
  }
}
