package dev.thyrida.gsis;

import java.util.Optional;

/**
 * The authorization endpoint sent the browser back with an error (RFC 6749 4.1.2.1), e.g. {@code
 * access_denied} when the person did not log in or refused.
 */
public final class GsisDeniedException extends GsisException {

  private static final long serialVersionUID = 1L;

  /** The error code, if well-formed. */
  private final String error;

  GsisDeniedException(Optional<String> error) {
    super(GsisStep.AUTHORIZE, "the login was refused" + error.map(code -> " (" + code + ")").orElse(""), null);
    this.error = error.orElse(null);
  }

  /**
   * The error code, if it was well-formed.
   *
   * @return e.g. {@code access_denied}
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
