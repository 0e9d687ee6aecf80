package dev.thyrida.policy.credential;

import java.util.List;

/** A host's profile source, found by ServiceLoader through this test's META-INF/services. */
public final class LoadedProfiles implements CredentialProfileSource {

  /** The profile it contributes: the default's rules with a 12-code-point password minimum. */
  static final CredentialProfile AGENCY_Y = CredentialProfile.builder().name("agency-y").passwordMinLength(12).build();

  /** Created by ServiceLoader. */
  public LoadedProfiles() {
    // nothing to set
  }

  @Override
  public List<CredentialProfile> profiles() {
    return List.of(AGENCY_Y);
  }
}
