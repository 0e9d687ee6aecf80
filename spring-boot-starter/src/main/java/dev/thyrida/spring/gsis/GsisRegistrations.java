package dev.thyrida.spring.gsis;

import java.net.URI;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Spring client registrations for the GSIS paths: authorize, token and userinfo (with
 * {@code format=xml}) under the path's prefix on one GSIS host (X6).
 */
public final class GsisRegistrations {

  /** Spring's default redirect, {@code {baseUrl}/login/oauth2/code/{registrationId}}. */
  public static final String DEFAULT_REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

  private GsisRegistrations() {}

  /**
   * The registration of one path.
   *
   * @param path the path
   * @param host the GSIS host, e.g. {@code https://test.gsis.gr}
   * @param clientId the client id GSIS issued
   * @param clientSecret its secret
   * @param redirectUri the redirect URI registered with GSIS (a template Spring fills)
   * @param pkce whether the authorization request carries a PKCE challenge (S256)
   * @return the registration; the secret is sent by HTTP Basic
   */
  public static ClientRegistration of(GsisPathPrefix path, URI host, String clientId, String clientSecret,
      String redirectUri, boolean pkce) {
    String base = host.toString().replaceAll("/+$", "") + path.prefix();
    return ClientRegistration.withRegistrationId(path.registrationId())
        .clientName(path == GsisPathPrefix.CITIZEN ? "TAXISnet" : "Κωδικοί Δημόσιας Διοίκησης")
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(redirectUri)
        .authorizationUri(base + "/oauth/authorize")
        .tokenUri(base + "/oauth/token")
        .userInfoUri(base + "/userinfo?format=xml")
        .userNameAttributeName("taxid")
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(pkce).build())
        .build();
  }
}
