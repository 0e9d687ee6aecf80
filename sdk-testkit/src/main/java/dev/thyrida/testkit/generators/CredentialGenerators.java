package dev.thyrida.testkit.generators;

import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.testkit.credential.CredentialInput;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators of service usernames and passwords (όνομα χρήστη, κωδικός) for a credential profile:
 * valid ones (K4, K5), and for each {@link CredentialCode} inputs that the profile refuses with
 * exactly that one code (K4–K6, D1–D4). Each exists as a QuickTheories {@link Gen}, reproducible from
 * QuickTheories' seed and shrinking through it, and as a function of a {@link SplittableRandom}, for
 * suites on another engine (ADR 0071).
 */
public final class CredentialGenerators {

  private CredentialGenerators() {}

  /**
   * Valid usernames: the profile's alphabet, from its minimum length to 24 code points more.
   *
   * @param profile the profile, e.g. {@code CredentialProfile.named("default")}
   * @return the generator
   */
  public static Gen<String> validUsernames(CredentialProfile profile) {
    Objects.requireNonNull(profile, "CredentialGenerators: profile is required");
    return in -> new CredentialDraws(profile, Draws.of(in)).validUsername(false);
  }

  /**
   * Valid passwords: one of each required class, the rest drawn from those classes, shuffled.
   *
   * @param profile the profile
   * @return the generator
   */
  public static Gen<String> validPasswords(CredentialProfile profile) {
    Objects.requireNonNull(profile, "CredentialGenerators: profile is required");
    return in -> new CredentialDraws(profile, Draws.of(in)).validPassword(false);
  }

  /**
   * Inputs the profile refuses with exactly one code: a username code gives a username input (with
   * a TAXISnet user id for {@code USERNAME_SAME_AS_TAXISNET}), a password code a password input (with
   * a differing confirmation for {@code PASSWORD_CONFIRMATION_MISMATCH}).
   *
   * @param profile the profile
   * @param code the one code every input must get
   * @return the generator
   * @throws IllegalArgumentException when the profile cannot produce that code alone (e.g. a class it
   *     does not require, or a minimum length too small to go below)
   */
  public static Gen<CredentialInput> violating(CredentialProfile profile, CredentialCode code) {
    Objects.requireNonNull(code, "CredentialGenerators: code is required");
    violating(profile, code, new SplittableRandom(0)); // refuses an impossible code now, not inside a run
    return in -> new Violations(new CredentialDraws(profile, Draws.of(in))).of(code);
  }

  /**
   * A valid username drawn from a seeded random.
   *
   * @param profile the profile
   * @param random the random, e.g. {@code new SplittableRandom(seed)}
   * @return the username
   */
  public static String validUsername(CredentialProfile profile, SplittableRandom random) {
    return new CredentialDraws(profile, Draws.of(random)).validUsername(false);
  }

  /**
   * A valid password drawn from a seeded random.
   *
   * @param profile the profile
   * @param random the random
   * @return the password
   */
  public static String validPassword(CredentialProfile profile, SplittableRandom random) {
    return new CredentialDraws(profile, Draws.of(random)).validPassword(false);
  }

  /**
   * An input refused with exactly one code, drawn from a seeded random.
   *
   * @param profile the profile
   * @param code the code
   * @param random the random
   * @return the input
   * @throws IllegalArgumentException when the profile cannot produce that code alone
   */
  public static CredentialInput violating(CredentialProfile profile, CredentialCode code, SplittableRandom random) {
    return new Violations(new CredentialDraws(profile, Draws.of(random))).of(code);
  }
}
