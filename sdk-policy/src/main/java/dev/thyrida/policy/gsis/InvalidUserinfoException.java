package dev.thyrida.policy.gsis;

import java.util.Objects;

/**
 * A GSIS userinfo answer (X6) that Thyrida refuses to read as an identity: says what is wrong and
 * where, never the offending value (the answer carries personal data).
 */
public final class InvalidUserinfoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  private final Problem problem;
  /** Where: an element or attribute name, or {@code document}. */
  private final String where;

  /**
   * A refusal.
   *
   * @param problem what is wrong
   * @param where an element or attribute name, or {@code document}
   */
  public InvalidUserinfoException(Problem problem, String where) {
    super("GSIS userinfo refused: " + Objects.requireNonNull(problem, "problem") + " at "
        + Objects.requireNonNull(where, "where"));
    this.problem = problem;
    this.where = where;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Where it is wrong.
   *
   * @return an element or attribute name, or {@code document}
   */
  public String where() {
    return where;
  }

  /** The kinds of refusal. */
  public enum Problem {
    /** The text is not well-formed XML, or is empty or too large. */
    NOT_XML,
    /** The document declares a DOCTYPE (DTDs and entities are never processed). */
    DOCTYPE_FORBIDDEN,
    /** An element other than {@code root} holding exactly one {@code userinfo}. */
    UNEXPECTED_ELEMENT,
    /** Text content or an attribute the answer does not have. */
    UNEXPECTED_CONTENT,
    /** A required attribute is absent or blank after trimming. */
    MISSING_ATTRIBUTE,
    /** The tax id is not nine digits with a valid check digit (X7). */
    INVALID_TAX_ID,
    /** A value has the wrong shape (white space inside a user id, a control character, a year). */
    INVALID_VALUE
  }
}
