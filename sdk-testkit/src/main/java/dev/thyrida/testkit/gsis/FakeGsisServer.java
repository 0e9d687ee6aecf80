package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fake GSIS OAuth2 server (X6) on {@code 127.0.0.1} and a port chosen by the OS: for each
 * {@link GsisPath} it serves {@code <prefix>/oauth/authorize}, {@code <prefix>/oauth/token} and
 * {@code <prefix>/userinfo} with the real authorization-code flow. Codes are single use, expire, and
 * are bound to the client and redirect URI; refusals use the RFC 6749/6750 error kinds
 * ({@link OAuthError}). The authorize step logs in whoever the test {@link #signIn signed in} at
 * that path, or redirects with {@code access_denied} when no one is. {@link #close()} frees the port.
 */
public final class FakeGsisServer implements AutoCloseable {

  private final HttpServer server;
  private final SignedIn signedIn;

  private FakeGsisServer(HttpServer server, SignedIn signedIn) {
    this.server = server;
    this.signedIn = signedIn;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URI, {@code http://127.0.0.1:<port>}.
   *
   * @return the base URI
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /**
   * The port the OS chose.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The authorization endpoint of a login path.
   *
   * @param path the login path
   * @return its URI
   */
  public URI authorizeUri(GsisPath path) {
    return baseUri().resolve(path.authorize());
  }

  /**
   * The token endpoint of a login path.
   *
   * @param path the login path
   * @return its URI
   */
  public URI tokenUri(GsisPath path) {
    return baseUri().resolve(path.token());
  }

  /**
   * The userinfo endpoint of a login path, with {@code ?format=xml} as the real one is called.
   *
   * @param path the login path
   * @return its URI
   */
  public URI userinfoUri(GsisPath path) {
    return baseUri().resolve(path.userinfo() + "?format=xml");
  }

  /**
   * Signs a person in at a login path: the next authorize requests there log them in.
   *
   * @param path the login path
   * @param identity who logs in, as userinfo will answer
   */
  public void signIn(GsisPath path, GsisIdentity identity) {
    signedIn.signIn(path, identity);
  }

  /**
   * Signs out whoever is signed in at a login path: authorize then redirects with
   * {@code access_denied}.
   *
   * @param path the login path
   */
  public void signOut(GsisPath path) {
    signedIn.signOut(path);
  }

  /** Stops the server at once and frees its port. */
  @Override
  public void close() {
    server.stop(0);
    Endpoint.LOG.info("fake GSIS stopped, port {} freed", port());
  }

  /** Configures and starts a {@link FakeGsisServer}. Not thread-safe. */
  public static final class Builder {

    private final List<GsisClient> clients = new ArrayList<>();
    private final SignedIn signedIn = new SignedIn();
    private Clock clock = Clock.systemUTC();
    private Duration codeLifetime = Duration.ofMinutes(1);
    private Duration tokenLifetime = Duration.ofHours(1);

    private Builder() {}

    /**
     * Registers a client at its path.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(GsisClient client) {
      clients.add(Objects.requireNonNull(client, "client is required"));
      return this;
    }

    /**
     * Signs a person in at a login path from the start.
     *
     * @param path the login path
     * @param identity who logs in
     * @return this builder
     */
    public Builder signedIn(GsisPath path, GsisIdentity identity) {
      signedIn.signIn(path, identity);
      return this;
    }

    /**
     * Sets the clock codes and tokens expire by (e.g. a {@code ControllableClock}).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock is required");
      return this;
    }

    /**
     * Sets how long a code may be redeemed (default one minute).
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder codeLifetime(Duration value) {
      this.codeLifetime = positive(value);
      return this;
    }

    /**
     * Sets how long an access token is accepted (default one hour).
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder tokenLifetime(Duration value) {
      this.tokenLifetime = positive(value);
      return this;
    }

    /**
     * Binds to {@code 127.0.0.1} on a free port and starts serving.
     *
     * @return the running server; close it when done
     * @throws UncheckedIOException when the port cannot be bound
     */
    public FakeGsisServer start() {
      Clients registered = new Clients(clients);
      Grants grants = new Grants(clock, codeLifetime, tokenLifetime);
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (GsisPath path : GsisPath.values()) {
          Map.of(path.authorize(), new AuthorizeEndpoint(path, registered, grants, signedIn),
                  path.token(), new TokenEndpoint(path, registered, grants),
                  path.userinfo(), new UserinfoEndpoint(path, grants),
                  path.logoutPrefix(), (Endpoint) new LogoutEndpoint(path, registered, signedIn))
              .forEach(server::createContext);
        }
        server.start();
        Endpoint.LOG.info("fake GSIS listening on port {}", server.getAddress().getPort());
        return new FakeGsisServer(server, signedIn);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the fake GSIS server", e);
      }
    }

    private static Duration positive(Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("a lifetime is positive, not " + value);
      }
      return value;
    }
  }
}
