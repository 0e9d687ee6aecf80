package dev.thyrida.policy.credential;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Initial service passwords (αρχικός κωδικός) that satisfy a profile (K5, D1): every required class
 * at least once, the rest drawn uniformly from Latin letters, digits and the profile's specials (legal
 * in both alphabets), in an order the random decides. The randomness is the host's: pass a
 * {@link java.security.SecureRandom}, which the generator never creates itself (ADR 0029).
 *
 * <p>The password comes back as a {@code char[]}, so the host can wipe it once it is handed over (D5).
 */
public final class InitialPasswords {

  /** The length used when none is asked for, unless the profile's minimum is longer. */
  public static final int DEFAULT_LENGTH = 16;

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";

  private InitialPasswords() {}

  /**
   * A password of {@link #DEFAULT_LENGTH} code points, or the profile's minimum when longer (capped at its maximum).
   *
   * @param profile the profile it must satisfy
   * @param random the host's random, e.g. {@code new SecureRandom()}
   * @return the password
   */
  public static char[] generate(CredentialProfile profile, RandomGenerator random) {
    int length = Math.min(Math.max(DEFAULT_LENGTH, profile.passwordMinLength()), profile.passwordMaxLength());
    return generate(profile, random, length);
  }

  /**
   * A password of a given length.
   *
   * @param profile the profile it must satisfy
   * @param random the host's random
   * @param length the number of characters, within the profile's bounds
   * @return the password
   * @throws IllegalArgumentException when the length is outside the profile's bounds
   */
  public static char[] generate(CredentialProfile profile, RandomGenerator random, int length) {
    Objects.requireNonNull(random, "InitialPasswords: random is required");
    if (length < profile.passwordMinLength() || length > profile.passwordMaxLength()) {
      throw new IllegalArgumentException("InitialPasswords: length " + length + " is outside "
          + profile.passwordMinLength() + ".." + profile.passwordMaxLength() + " of profile " + profile.name());
    }
    int[] specials = profile.passwordSpecials().codePoints().toArray();
    int[] all = (UPPER + LOWER + DIGITS + profile.passwordSpecials()).codePoints().toArray();
    int[] codePoints = new int[length];
    int next = 0;
    for (CharacterClass required : profile.requiredClasses()) {
      codePoints[next++] = pick(random, switch (required) {
        case UPPERCASE -> UPPER.codePoints().toArray();
        case LOWERCASE -> LOWER.codePoints().toArray();
        case DIGIT -> DIGITS.codePoints().toArray();
        case SPECIAL -> specials;
      });
    }
    while (next < length) {
      codePoints[next++] = pick(random, all);
    }
    for (int i = length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int kept = codePoints[i];
      codePoints[i] = codePoints[j];
      codePoints[j] = kept;
    }
    return chars(codePoints);
  }

  private static char[] chars(int[] codePoints) {
    int size = 0;
    for (int codePoint : codePoints) {
      size += Character.charCount(codePoint);
    }
    char[] chars = new char[size];
    int at = 0;
    for (int i = 0; i < codePoints.length; i++) {
      at += Character.toChars(codePoints[i], chars, at);
      codePoints[i] = 0;
    }
    return chars;
  }

  private static int pick(RandomGenerator random, int[] from) {
    return from[random.nextInt(from.length)];
  }
}
