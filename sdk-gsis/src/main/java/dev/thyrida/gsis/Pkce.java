package dev.thyrida.gsis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** Random values of the flow: state, and the PKCE verifier with its S256 challenge (RFC 7636). Internal. */
final class Pkce {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {}

  /** 32 random bytes, base64url without padding: 43 characters, 256 bits. */
  static String randomValue(RandomGenerator random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return URL.encodeToString(bytes);
  }

  /** {@code BASE64URL(SHA-256(ASCII(verifier)))} (RFC 7636 4.2). */
  static String challenge(String verifier) {
    try {
      return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException absent) {
      throw new IllegalStateException("every JDK has SHA-256", absent);
    }
  }

  /** Compares two states in constant time for their length. */
  static boolean sameState(String expected, String received) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }
}
