package dev.thyrida.cli.credential;

import dev.thyrida.policy.credential.CredentialVerdict;
import dev.thyrida.policy.credential.strength.Strength;
import java.util.Optional;

/**
 * The verdict on one candidate read from standard input, with where it was read.
 *
 * @param line the candidate's line, counted from 1
 * @param confirmed whether the next line held its confirmation ({@code check password --confirm})
 * @param username the username as typed, shown back; empty for a password, which is never shown (D5)
 * @param verdict the policy's verdict
 * @param strength a password's estimated strength (K7); empty for a username
 */
record Judgement(long line, boolean confirmed, Optional<String> username, CredentialVerdict verdict,
    Optional<Strength> strength) {

  @Override
  public String toString() {
    // A password judgement holds no password; the username is left out anyway so no text leaks.
    return "Judgement[line=" + line + ", confirmed=" + confirmed + ", codes=" + verdict.codes() + "]";
  }
}
