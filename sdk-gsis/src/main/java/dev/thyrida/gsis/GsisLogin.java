package dev.thyrida.gsis;

import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.GsisUserinfo;
import dev.thyrida.policy.gsis.InvalidUserinfoException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GSIS OAuth2 login (X6, σύνδεση μέσω ΓΓΠΣ/ΑΑΔΕ) of one registered host, by the authorization-code
 * flow with state and PKCE (S256, RFC 7636):
 *
 * <ol>
 *   <li>{@link #begin()} gives a {@link PendingLogin}: keep it in the person's session and redirect
 *       the browser to its {@code authorizeUri()};
 *   <li>when the browser comes back to the redirect URI, {@link #complete(PendingLogin, URI)} checks
 *       the state, exchanges the code (client authentication by HTTP Basic, RFC 6749 2.3.1) and reads
 *       userinfo into an {@link AuthenticatedIdentity} with policy's {@link GsisUserinfo} parser;
 *   <li>{@link #logoutUri(URI)} is where to send the browser to end its GSIS session.
 * </ol>
 *
 * <p>Thread-safe; one instance serves every login of the host. Every failure is a {@link
 * GsisException}; nothing is logged.
 */
public final class GsisLogin {

  private static final Pattern CHALLENGE_ERROR = Pattern.compile("error=\"([^\"]*)\"");

  private final GsisEndpoints endpoints;
  private final GsisRegistration registration;
  private final SecureRandom random;
  private final Duration timeout;
  private final Wire wire;

  private GsisLogin(Builder builder) {
    this.endpoints = builder.endpoints;
    this.registration = builder.registration;
    this.random = builder.random;
    this.timeout = builder.timeout;
    this.wire = new Wire(builder.http, builder.maxAnswerBytes);
  }

  /**
   * A builder for one host's login at one GSIS login path.
   *
   * @param endpoints the login path's endpoints
   * @param registration what GSIS registered for the host
   * @return a new builder
   */
  public static Builder builder(GsisEndpoints endpoints, GsisRegistration registration) {
    return new Builder(endpoints, registration);
  }

  /**
   * Begins a login: a fresh state and PKCE verifier (256 random bits each) and the authorization URL
   * carrying the state and the verifier's S256 challenge.
   *
   * @return the pending login to keep in the person's session
   */
  public PendingLogin begin() {
    String state = Pkce.randomValue(random);
    String verifier = Pkce.randomValue(random);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", registration.clientId());
    query.put("redirect_uri", registration.redirectUri().toString());
    query.put("state", state);
    query.put("code_challenge", Pkce.challenge(verifier));
    query.put("code_challenge_method", "S256");
    String base = endpoints.authorize().toString();
    URI authorize = URI.create(base + (base.contains("?") ? "&" : "?") + Query.encode(query));
    return new PendingLogin(authorize, state, verifier);
  }

  /**
   * Completes a login from the URL the browser came back to.
   *
   * @param pending the login {@link #begin()} gave, from the person's session
   * @param callback the full redirect URI the browser requested, with its query
   * @return who logged in
   * @throws GsisStateMismatchException when the state is missing or another login's
   * @throws GsisDeniedException when GSIS sent back an error instead of a code
   * @throws GsisException when the code exchange or userinfo fails
   */
  public AuthenticatedIdentity complete(PendingLogin pending, URI callback) {
    Objects.requireNonNull(pending, "pending login is required");
    Map<String, Optional<String>> query = Query.parse(Objects.requireNonNull(callback, "callback is required").getRawQuery());
    Optional<String> state = query.getOrDefault("state", Optional.empty());
    if (state.isEmpty()) {
      throw new GsisStateMismatchException(true);
    }
    if (!Pkce.sameState(pending.state(), state.get())) {
      throw new GsisStateMismatchException(false);
    }
    if (query.containsKey("error")) {
      throw new GsisDeniedException(query.get("error").flatMap(GsisException::errorCode));
    }
    String code = query.getOrDefault("code", Optional.empty()).filter(text -> !text.isEmpty())
        .orElseThrow(() -> new GsisResponseException(GsisStep.AUTHORIZE, "the callback has neither a code nor an error"));
    return userinfo(exchange(pending, code));
  }

  /**
   * Exchanges an authorization code for an access token (RFC 6749 4.1.3), proving the PKCE verifier.
   *
   * @param pending the login the code was issued to
   * @param code the code from the callback
   * @return the access token
   * @throws GsisStatusException when the token endpoint refuses (e.g. {@code invalid_grant})
   * @throws GsisResponseException when its answer is not a bearer token in JSON
   * @throws GsisUnreachableException when it cannot be reached
   */
  public AccessToken exchange(PendingLogin pending, String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", Objects.requireNonNull(code, "code is required"));
    form.put("redirect_uri", registration.redirectUri().toString());
    form.put("code_verifier", pending.codeVerifier());
    HttpRequest request = HttpRequest.newBuilder(endpoints.token()).timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("Authorization", basic())
        .POST(HttpRequest.BodyPublishers.ofString(Query.encode(form), StandardCharsets.UTF_8))
        .build();
    Wire.Answer answer = wire.send(GsisStep.TOKEN, request);
    if (!answer.ok()) {
      Optional<String> error = Optional.empty();
      try {
        error = TokenAnswer.read(answer.body()).string("error").flatMap(GsisException::errorCode);
      } catch (GsisResponseException notJson) {
        // the status says enough
      }
      throw new GsisStatusException(GsisStep.TOKEN, answer.status(), error);
    }
    return TokenAnswer.read(answer.body()).accessToken();
  }

  /**
   * Reads userinfo with an access token (RFC 6750 2.1) as an identity.
   *
   * @param token the access token
   * @return who the token was issued for
   * @throws GsisStatusException when userinfo refuses the token (e.g. {@code invalid_token})
   * @throws GsisResponseException when policy refuses the answer (cause: {@link InvalidUserinfoException})
   * @throws GsisUnreachableException when it cannot be reached
   */
  public AuthenticatedIdentity userinfo(AccessToken token) {
    HttpRequest request = HttpRequest.newBuilder(endpoints.userinfo()).timeout(timeout)
        .header("Authorization", "Bearer " + Objects.requireNonNull(token, "token is required").value())
        .header("Accept", "application/xml")
        .GET().build();
    Wire.Answer answer = wire.send(GsisStep.USERINFO, request);
    if (!answer.ok()) {
      throw new GsisStatusException(GsisStep.USERINFO, answer.status(), challengeError(answer.challenge()));
    }
    try {
      return GsisUserinfo.parse(answer.body());
    } catch (InvalidUserinfoException refused) {
      throw new GsisResponseException(GsisStep.USERINFO, "the answer is not an identity: "
          + refused.problem() + " at " + refused.where(), refused);
    }
  }

  /**
   * Where to send the browser to end its GSIS session, as public integrations do:
   * {@code <prefix>/logout/{clientId}/?url=<returnTo>}.
   *
   * @param returnTo where GSIS sends the browser afterwards
   * @return the logout URL
   */
  public URI logoutUri(URI returnTo) {
    return URI.create(endpoints.logout() + Query.encode(registration.clientId()) + "/?url="
        + Query.encode(Objects.requireNonNull(returnTo, "return URI is required").toString()));
  }

  private String basic() {
    String pair = Query.encode(registration.clientId()) + ":" + Query.encode(registration.clientSecret());
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> challengeError(String challenge) {
    if (challenge == null) {
      return Optional.empty();
    }
    Matcher matcher = CHALLENGE_ERROR.matcher(challenge);
    return matcher.find() ? GsisException.errorCode(matcher.group(1)) : Optional.empty();
  }

  /** Configures a {@link GsisLogin}. Not thread-safe. */
  public static final class Builder {

    private final GsisEndpoints endpoints;
    private final GsisRegistration registration;
    private HttpClient http;
    private SecureRandom random;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxAnswerBytes = 64 * 1024;

    private Builder(GsisEndpoints endpoints, GsisRegistration registration) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints are required");
      this.registration = Objects.requireNonNull(registration, "registration is required");
    }

    /**
     * The HTTP client to use (default: a new one that follows no redirects, with a 10 s connect timeout).
     *
     * @param value the client
     * @return this builder
     */
    public Builder httpClient(HttpClient value) {
      this.http = Objects.requireNonNull(value, "HTTP client is required");
      return this;
    }

    /**
     * The source of state and PKCE verifiers (default: a new {@code SecureRandom}).
     *
     * @param value the random source
     * @return this builder
     */
    public Builder random(SecureRandom value) {
      this.random = Objects.requireNonNull(value, "random is required");
      return this;
    }

    /**
     * How long each request may take (default 10 s).
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder timeout(Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("a timeout is positive");
      }
      this.timeout = value;
      return this;
    }

    /**
     * The longest answer read (default 64 KiB); a longer one is a {@link GsisResponseException}.
     *
     * @param value a positive number of bytes
     * @return this builder
     */
    public Builder maxAnswerBytes(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("a size limit is positive");
      }
      this.maxAnswerBytes = value;
      return this;
    }

    /**
     * Builds the login.
     *
     * @return the login
     */
    public GsisLogin build() {
      if (http == null) {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
      }
      if (random == null) {
        random = new SecureRandom();
      }
      return new GsisLogin(this);
    }
  }
}
