package dev.thyrida.gsis;

import java.net.URI;
import java.util.Objects;

/**
 * What GSIS registered for the host (X6): its client id, client secret and the redirect URI the
 * browser comes back to. The secret never appears in {@link #toString()}.
 *
 * @param clientId the client id
 * @param clientSecret the client secret
 * @param redirectUri the registered redirect URI
 */
public record GsisRegistration(String clientId, String clientSecret, URI redirectUri) {

  /**
   * Checks the registration.
   *
   * @param clientId the client id, not blank, no control character
   * @param clientSecret the client secret, not empty
   * @param redirectUri an absolute redirect URI
   * @throws IllegalArgumentException naming the component that is wrong (never its value)
   */
  public GsisRegistration {
    Objects.requireNonNull(clientId, "client id is required");
    Objects.requireNonNull(clientSecret, "client secret is required");
    Objects.requireNonNull(redirectUri, "redirect URI is required");
    if (clientId.isBlank() || clientId.chars().anyMatch(Character::isISOControl) || clientId.contains("/")) {
      throw new IllegalArgumentException("the client id is not blank and has no '/' or control character");
    }
    if (clientSecret.isEmpty()) {
      throw new IllegalArgumentException("the client secret is not empty");
    }
    if (!redirectUri.isAbsolute() || redirectUri.getFragment() != null) {
      throw new IllegalArgumentException("the redirect URI is absolute and has no fragment (RFC 6749 3.1.2)");
    }
  }

  @Override
  public String toString() {
    return "GsisRegistration[clientId=" + clientId + ", clientSecret=****, redirectUri=" + redirectUri + "]";
  }
}
