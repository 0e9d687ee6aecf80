package dev.thyrida.testkit.gsis;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A client application registered at one GSIS login path: its id, its secret and the redirect URIs
 * it may use. The secret never appears in {@link #toString()}.
 *
 * @param path the login path it is registered at
 * @param clientId its client id
 * @param clientSecret its client secret
 * @param redirectUris the redirect URIs registered for it, at least one
 */
public record GsisClient(GsisPath path, String clientId, String clientSecret, Set<URI> redirectUris) {

  /**
   * Validates.
   *
   * @param path the login path it is registered at
   * @param clientId its client id
   * @param clientSecret its client secret
   * @param redirectUris the redirect URIs registered for it, at least one
   */
  public GsisClient {
    Objects.requireNonNull(path, "path is required");
    Objects.requireNonNull(clientId, "client id is required");
    Objects.requireNonNull(clientSecret, "client secret is required");
    redirectUris = Set.copyOf(redirectUris);
    if (clientId.isBlank() || clientSecret.isEmpty() || redirectUris.isEmpty()) {
      throw new IllegalArgumentException(
          "a client needs a non-blank id, a secret and at least one redirect URI");
    }
  }

  /**
   * A client with one redirect URI.
   *
   * @param path the login path
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param redirectUri the one redirect URI
   * @return the client
   */
  public static GsisClient of(GsisPath path, String clientId, String clientSecret, URI redirectUri) {
    return new GsisClient(path, clientId, clientSecret, Set.of(redirectUri));
  }

  @Override
  public String toString() {
    return "GsisClient[path=" + path + ", clientId=" + clientId + ", clientSecret=****, redirectUris="
        + redirectUris + "]";
  }
}
