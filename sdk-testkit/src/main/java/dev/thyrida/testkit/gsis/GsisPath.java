package dev.thyrida.testkit.gsis;

/**
 * The two login paths of GSIS OAuth2 (X6), each a separate server with its own client
 * registrations, codes and tokens. The prefixes follow the real servers' paths.
 */
public enum GsisPath {

  /** Citizens and businesses with TAXISnet credentials (πολίτες): {@code /oauth2server}. */
  CITIZEN("/oauth2server"),

  /** Public-administration employees (υπάλληλοι Δημοσίου): {@code /oauth2servergov}. */
  PUBLIC_ADMINISTRATION("/oauth2servergov");

  private final String prefix;

  GsisPath(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The path prefix of this login path.
   *
   * @return e.g. {@code /oauth2server}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The authorization endpoint's path.
   *
   * @return {@code <prefix>/oauth/authorize}
   */
  public String authorize() {
    return prefix + "/oauth/authorize";
  }

  /**
   * The token endpoint's path.
   *
   * @return {@code <prefix>/oauth/token}
   */
  public String token() {
    return prefix + "/oauth/token";
  }

  /**
   * The userinfo endpoint's path (the real one is called with {@code ?format=xml}).
   *
   * @return {@code <prefix>/userinfo}
   */
  public String userinfo() {
    return prefix + "/userinfo";
  }

  /**
   * The logout path of a client, as public integrations call it.
   *
   * @param clientId the client's id
   * @return e.g. {@code /oauth2server/logout/my-client/}
   */
  public String logout(String clientId) {
    return logoutPrefix() + clientId + "/";
  }

  /** The prefix every client's logout path starts with. */
  String logoutPrefix() {
    return prefix + "/logout/";
  }
}
