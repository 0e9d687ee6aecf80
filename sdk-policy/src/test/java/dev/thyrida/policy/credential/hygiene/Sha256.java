package dev.thyrida.policy.credential.hygiene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Function;

/** A host's password hash in the tests: SHA-256 of the UTF-8 bytes (a real host salts and stretches). */
public final class Sha256 {

  /** The hash function. */
  public static final Function<CharSequence, byte[]> HASH = candidate -> {
    try {
      return MessageDigest.getInstance("SHA-256").digest(candidate.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  };

  private Sha256() {}
}
