package dev.thyrida.gsis;

import java.util.Optional;

/**
 * An endpoint answered with an HTTP status other than success: e.g. the token endpoint's 400 {@code
 * invalid_grant} (a used, expired or wrongly proved code) or 401 {@code invalid_client} (a wrong
 * secret), or userinfo's 401 {@code invalid_token}.
 */
public final class GsisStatusException extends GsisException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;
  /** The OAuth error code, if the answer had a well-formed one. */
  private final String error;

  GsisStatusException(GsisStep step, int status, Optional<String> error) {
    super(step, "HTTP " + status + error.map(code -> " (" + code + ")").orElse(""), null);
    this.status = status;
    this.error = error.orElse(null);
  }

  /**
   * The HTTP status.
   *
   * @return e.g. 400
   */
  public int status() {
    return status;
  }

  /**
   * The OAuth error code (RFC 6749 5.2, RFC 6750 3.1), if the answer had a well-formed one.
   *
   * @return e.g. {@code invalid_grant}
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
