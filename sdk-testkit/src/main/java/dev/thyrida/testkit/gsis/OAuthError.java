package dev.thyrida.testkit.gsis;

/**
 * The error kinds of RFC 6749 (section 5.2 for the token endpoint) and RFC 6750 (section 3.1 for
 * the userinfo resource) that the fake answers with, each with its HTTP status.
 */
public enum OAuthError {

  /** A required parameter is missing, repeated or malformed (400). */
  INVALID_REQUEST("invalid_request", 400),

  /** The client is unknown or its secret is wrong (401). */
  INVALID_CLIENT("invalid_client", 401),

  /** The code is unknown, used, expired, or issued to another client or redirect URI (400). */
  INVALID_GRANT("invalid_grant", 400),

  /** The grant type is not {@code authorization_code} (400). */
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),

  /** The authorize request asked for a response type other than {@code code} (redirected). */
  UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 302),

  /** No one logged in at the authorize step (redirected). */
  ACCESS_DENIED("access_denied", 302),

  /** The bearer token is unknown, revoked or expired (401). */
  INVALID_TOKEN("invalid_token", 401);

  private final String code;
  private final int status;

  OAuthError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /**
   * The error code on the wire.
   *
   * @return e.g. {@code invalid_grant}
   */
  public String code() {
    return code;
  }

  /**
   * The HTTP status it is answered with.
   *
   * @return the status
   */
  public int status() {
    return status;
  }
}
