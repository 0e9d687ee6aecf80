package com.example.kep.testing;

import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.testkit.generators.CredentialGenerators;
import org.quicktheories.core.Gen;

/**
 * Uses the testkit's QuickTheories generators from a module that requires only
 * {@code dev.thyrida.testkit}: it compiles with no {@code requires quicktheories} of its own.
 */
public final class Candidates {

  private Candidates() {}

  /**
   * Valid passwords of a profile, as a QuickTheories generator.
   *
   * @param profile the profile
   * @return the generator
   */
  public static Gen<String> passwords(CredentialProfile profile) {
    return CredentialGenerators.validPasswords(profile);
  }
}
