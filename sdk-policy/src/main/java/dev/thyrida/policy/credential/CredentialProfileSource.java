package dev.thyrida.policy.credential;

import java.util.List;

/**
 * A source of named credential profiles (προφίλ κωδικών) that a host ships in its own jar, found with
 * {@link java.util.ServiceLoader}: declare it with {@code provides
 * dev.thyrida.policy.credential.CredentialProfileSource with …} in the host's {@code module-info}, or
 * in {@code META-INF/services/dev.thyrida.policy.credential.CredentialProfileSource} on the class path.
 * Its profiles then answer {@link CredentialProfile#named(String)}, the constraints' {@code profile}
 * attribute and the command line's {@code --profile}.
 */
@FunctionalInterface
public interface CredentialProfileSource {

  /**
   * The profiles this source contributes; each name must be new to the registry.
   *
   * @return the profiles, e.g. one named {@code agency-x}
   */
  List<CredentialProfile> profiles();
}
