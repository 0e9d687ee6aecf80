package com.example.kep.profiles;

import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.CredentialProfileSource;
import java.util.List;

/** The host's own credential profile, {@code agency-x}, found by ServiceLoader through {@code provides}. */
public final class AgencyProfiles implements CredentialProfileSource {

  /** Created by ServiceLoader. */
  public AgencyProfiles() {
    // nothing to set
  }

  @Override
  public List<CredentialProfile> profiles() {
    return List.of(CredentialProfile.builder().name("agency-x").usernameMinLength(10).passwordMinLength(12).build());
  }
}
