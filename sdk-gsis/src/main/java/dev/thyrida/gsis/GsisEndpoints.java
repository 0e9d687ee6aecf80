package dev.thyrida.gsis;

import java.net.URI;
import java.util.Objects;

/**
 * The endpoints of one GSIS login path (X6): citizens ({@code /oauth2server}) or public-administration
 * employees ({@code /oauth2servergov}), each on a server such as GSIS's production or test host, or
 * the testkit's fake.
 *
 * @param authorize the authorization endpoint, {@code <prefix>/oauth/authorize}
 * @param token the token endpoint, {@code <prefix>/oauth/token}
 * @param userinfo the userinfo endpoint, {@code <prefix>/userinfo?format=xml}
 * @param logout the prefix of every client's logout path, {@code <prefix>/logout/}
 */
public record GsisEndpoints(URI authorize, URI token, URI userinfo, URI logout) {

  /** The citizens' path prefix (πολίτες). */
  public static final String CITIZEN = "/oauth2server";

  /** The public-administration employees' path prefix (υπάλληλοι Δημοσίου). */
  public static final String PUBLIC_ADMINISTRATION = "/oauth2servergov";

  /**
   * Checks the endpoints.
   *
   * @param authorize the authorization endpoint
   * @param token the token endpoint
   * @param userinfo the userinfo endpoint
   * @param logout the prefix of the logout paths, ending in {@code /}
   * @throws IllegalArgumentException when one is not an absolute http(s) URI
   */
  public GsisEndpoints {
    absolute(authorize, "authorize");
    absolute(token, "token");
    absolute(userinfo, "userinfo");
    absolute(logout, "logout");
    if (!logout.getPath().endsWith("/")) {
      throw new IllegalArgumentException("the logout prefix ends in '/'");
    }
  }

  /**
   * The endpoints of one login path on one server.
   *
   * @param server the server, e.g. {@code https://oauth2.example.gr} (no path)
   * @param prefix {@link #CITIZEN}, {@link #PUBLIC_ADMINISTRATION} or another server's own prefix
   * @return the endpoints
   * @throws IllegalArgumentException when the server is not an absolute http(s) URI or the prefix
   *     does not start with {@code /}
   */
  public static GsisEndpoints at(URI server, String prefix) {
    absolute(server, "server");
    if (!Objects.requireNonNull(prefix, "prefix").startsWith("/") || prefix.endsWith("/")) {
      throw new IllegalArgumentException("a path prefix starts with '/' and does not end with it");
    }
    URI base = server.resolve("/");
    return new GsisEndpoints(base.resolve(prefix + "/oauth/authorize"), base.resolve(prefix + "/oauth/token"),
        base.resolve(prefix + "/userinfo?format=xml"), base.resolve(prefix + "/logout/"));
  }

  private static void absolute(URI uri, String name) {
    Objects.requireNonNull(uri, () -> name + " URI is required");
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || uri.getHost() == null
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("the " + name + " URI is absolute, http or https, with a host");
    }
  }
}
