package dev.thyrida.core.clause;

/**
 * A clause of the sources that a rule enforces (ρήτρα): law 4727/2020 art. 26 (L26-x), the circular
 * on KEP mailbox users (C1–C10), the guide to public-administration credentials (K1–K8), a product
 * decision where the sources are silent (D1–D11), or a public fact beyond the seeds (X1–X10).
 *
 * <p>{@link #id()} is the stable text of a clause in codes, messages and documents; {@link #text()}
 * gives the clause in words (its source, Greek text, English rendering and title) from the register
 * in the jar.
 */
public enum Clause {
  /** Law 4727/2020 art. 26: user and agency mailboxes exist and what they keep. */
  L26_1("L26-1"),
  /** Law 4727/2020 art. 26: a body sends a public document only after the user's request. */
  L26_2("L26-2"),
  /** Law 4727/2020 art. 26: access to a mailbox requires prior authentication. */
  L26_3("L26-3"),
  /** Circular: the supervisor activates the KEP mailboxes and is their administrator. */
  C1("C1"),
  /** Circular: the supervisor-administrator must define users in every KEP mailbox. */
  C2("C2"),
  /** Circular: eligible users are the employees working at that KEP (organic, transfer, placement). */
  C3("C3"),
  /** Circular: defining users needs no approval from the Ministry. */
  C4("C4"),
  /** Circular: users are defined, moved and deleted as staff change. */
  C5("C5"),
  /** Circular: a user who loses public-servant status is deleted immediately. */
  C6("C6"),
  /** Circular: two-step handover between the outgoing and the incoming supervisor. */
  C7("C7"),
  /** Circular: before production, users practise with personal TAXISnet credentials. */
  C8("C8"),
  /** Circular: in production, users get credentials independent of TAXISnet. */
  C9("C9"),
  /** Circular: a supervisor who has not done the C1 actions must do them at once. */
  C10("C10"),
  /** Guide: service credentials are separate from personal TAXISnet ones. */
  K1("K1"),
  /** Guide: issuing starts with a personal TAXISnet login. */
  K2("K2"),
  /** Guide: one service user per employee, created or changed later. */
  K3("K3"),
  /** Guide: the username rules. */
  K4("K4"),
  /** Guide: the password rules. */
  K5("K5"),
  /** Guide: the new password is typed twice and must match. */
  K6("K6"),
  /** Guide: the form shows the password's strength. */
  K7("K7"),
  /** Guide: each application needs the employee's agency's authorisation. */
  K8("K8"),
  /** Decision: the strict default password alphabet and the lenient profile. */
  D1("D1"),
  /** Decision: lengths count code points; upper bounds guard against abuse. */
  D2("D2"),
  /** Decision: what a Greek character is; no normalisation. */
  D3("D3"),
  /** Decision: usernames unique ignoring case, and never the TAXISnet user id. */
  D4("D4"),
  /** Decision: a password is never echoed. */
  D5("D5"),
  /** Decision: loss of status removes every role in the same decision. */
  D6("D6"),
  /** Decision: no voluntary action leaves a mailbox without an administrator; Ministry recovery. */
  D7("D7"),
  /** Decision: transfers and placements may end; then the employee is no longer eligible. */
  D8("D8"),
  /** Decision: the SDK never receives a TAXISnet password. */
  D9("D9"),
  /** Decision: time moves forward; the audit judges every fact at its own instant. */
  D10("D10"),
  /** Decision: password hygiene beyond K5, each part off by default. */
  D11("D11"),
  /** Public fact: article 26 in full, retention of 30 days or up to 5 years. */
  X1("X1"),
  /** Public fact: administrator and handler roles; at most 2 administrators. */
  X2("X2"),
  /** Public fact: handover approval by the Ministry, an option off by default. */
  X3("X3"),
  /** Public fact: the gov.gr how-to variant of the credential rules. */
  X4("X4"),
  /** Public fact: agencies authorise their staff per application. */
  X5("X5"),
  /** Public fact: the GSIS OAuth2 login and its userinfo answer. */
  X6("X6"),
  /** Public fact: the tax id check digit. */
  X7("X7"),
  /** Public fact: ELOT 743 transliteration. */
  X8("X8"),
  /** Public fact: national scale. */
  X9("X9"),
  /** Public fact: NIST SP 800-63B context-specific and common-password checks. */
  X10("X10");

  private final String id;

  Clause(String id) {
    this.id = id;
  }

  /**
   * The clause's id as the register writes it.
   *
   * @return e.g. {@code "L26-3"} or {@code "C7"}
   */
  public String id() {
    return id;
  }

  /**
   * The clause in words, from the register in the jar.
   *
   * @return its kind, source, titles, Greek text and English rendering
   */
  public ClauseText text() {
    return ClauseRegister.text(this);
  }

  /**
   * Finds a clause by its register id.
   *
   * @param id e.g. {@code "C7"} or {@code "L26-3"}
   * @return the clause
   * @throws IllegalArgumentException when no clause has that id
   */
  public static Clause ofId(String id) {
    for (Clause clause : values()) {
      if (clause.id.equals(id)) {
        return clause;
      }
    }
    throw new IllegalArgumentException("no clause has the id " + id);
  }
}
