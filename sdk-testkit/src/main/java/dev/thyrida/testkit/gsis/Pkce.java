package dev.thyrida.testkit.gsis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Proof key for code exchange (RFC 7636): the challenge an authorization request sent, checked
 * against the verifier the token request sends. Internal.
 *
 * @param challenge the {@code code_challenge}
 * @param method {@code S256} or {@code plain}
 */
record Pkce(String challenge, String method) {

  /** The challenge of an authorization request; the method defaults to {@code plain} (RFC 7636 4.3). */
  static Pkce of(String challenge, String method) {
    String chosen = method == null ? "plain" : method;
    if (!chosen.equals("S256") && !chosen.equals("plain")) {
      throw new IllegalArgumentException("code_challenge_method must be S256 or plain");
    }
    return new Pkce(challenge, chosen);
  }

  /** Whether a verifier answers the challenge, compared in constant time (RFC 7636 4.6). */
  boolean answeredBy(String verifier) {
    if (verifier == null) {
      return false;
    }
    String expected = method.equals("S256") ? s256(verifier) : verifier;
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
  }

  private static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException absent) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", absent);
    }
  }
}
