package dev.thyrida.spring.autoconfigure;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The GSIS login ({@code thyrida.gsis.*}): the host and a client per path (X6, ADR 0150). */
@ConfigurationProperties("thyrida.gsis")
public class GsisProperties {

  /** The GSIS host, e.g. https://test.gsis.gr (test) or https://www1.gsis.gr (production); required for the login. */
  private URI host;

  /** Whether PKCE (RFC 7636, S256) is sent with every authorization request. */
  private boolean pkce = true;

  private final Client citizen = new Client();
  private final Client publicAdministration = new Client();

  /**
   * The host.
   *
   * @return the host, or null when not set
   */
  public URI getHost() {
    return host;
  }

  /**
   * Sets the host.
   *
   * @param host the host
   */
  public void setHost(URI host) {
    this.host = host;
  }

  /**
   * Whether PKCE is sent.
   *
   * @return the option
   */
  public boolean isPkce() {
    return pkce;
  }

  /**
   * Sets whether PKCE is sent.
   *
   * @param pkce the option
   */
  public void setPkce(boolean pkce) {
    this.pkce = pkce;
  }

  /**
   * The client of the citizen path (personal TAXISnet).
   *
   * @return the client
   */
  public Client getCitizen() {
    return citizen;
  }

  /**
   * The client of the public-administration path (service credentials).
   *
   * @return the client
   */
  public Client getPublicAdministration() {
    return publicAdministration;
  }

  /** One registered client of a GSIS path. */
  public static class Client {

    /** The client id GSIS issued; the path is offered only when it is set. */
    private String clientId;

    /** The client's secret (sent by HTTP Basic to the token endpoint; never logged). */
    private String clientSecret;

    /** The redirect URI registered with GSIS. */
    private String redirectUri = "{baseUrl}/login/oauth2/code/{registrationId}";

    /**
     * The client id.
     *
     * @return the id, or null
     */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the id
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /**
     * The secret.
     *
     * @return the secret, or null
     */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets the secret.
     *
     * @param clientSecret the secret
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /**
     * The redirect URI.
     *
     * @return the URI template
     */
    public String getRedirectUri() {
      return redirectUri;
    }

    /**
     * Sets the redirect URI.
     *
     * @param redirectUri the URI template
     */
    public void setRedirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
    }
  }
}
