package dev.thyrida.spring.gsis;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.GsisUserinfo;
import dev.thyrida.policy.gsis.InvalidUserinfoException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Reads the GSIS userinfo answer, which is XML (X6), with the SDK's parser, and yields a
 * {@link GsisUser} carrying the SDK's {@link AuthenticatedIdentity}. Registrations that are not one
 * of GSIS's two paths are refused. A refusal names the problem and the place, never a value or a
 * token.
 */
public final class GsisUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

  /** The OAuth2 error code of every refusal here. */
  public static final String INVALID_USERINFO = "invalid_user_info_response";

  private final HttpClient http;
  private final Duration timeout;

  /**
   * A service asking the userinfo endpoint with the given client.
   *
   * @param http the HTTP client
   * @param timeout the most a userinfo answer may take
   */
  public GsisUserService(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * A service with its own HTTP client and a 10-second timeout.
   *
   * @return the service
   */
  public static GsisUserService standard() {
    return new GsisUserService(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(10));
  }

  @Override
  public OAuth2User loadUser(OAuth2UserRequest request) {
    String registrationId = request.getClientRegistration().getRegistrationId();
    GsisPathPrefix path = GsisPathPrefix.ofRegistration(registrationId)
        .orElseThrow(() -> refusal("not a GSIS registration: " + registrationId));
    AuthenticatedIdentity identity = identity(fetch(request));
    if (path == GsisPathPrefix.PUBLIC_ADMINISTRATION) {
      try {
        ServiceUsername.of(identity.userId().value());
      } catch (InvalidValueException e) {
        throw refusal("userinfo/@userid is not a service username");
      }
    }
    return new GsisUser(identity, path);
  }

  private String fetch(OAuth2UserRequest request) {
    String uri = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
    HttpRequest get = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout)
        .header("Authorization", "Bearer " + request.getAccessToken().getTokenValue())
        .header("Accept", "application/xml").GET().build();
    try {
      HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw refusal("userinfo answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw refusal("userinfo unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refusal("interrupted while reading userinfo");
    }
  }

  private static AuthenticatedIdentity identity(String body) {
    try {
      return GsisUserinfo.parse(body);
    } catch (InvalidUserinfoException e) {
      throw refusal(e.problem() + " at " + e.where());
    }
  }

  private static OAuth2AuthenticationException refusal(String description) {
    OAuth2Error error = new OAuth2Error(INVALID_USERINFO, description, null);
    return new OAuth2AuthenticationException(error, error.toString());
  }
}
