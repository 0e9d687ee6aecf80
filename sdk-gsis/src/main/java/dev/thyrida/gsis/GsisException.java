package dev.thyrida.gsis;

import java.util.Objects;
import java.util.Optional;

/**
 * A GSIS login that failed (X6), with the step it failed at. Its message names the step and what
 * went wrong, never a secret, code, token, verifier or personal data (ADR 0152); the subclass says
 * how it failed.
 */
public abstract sealed class GsisException extends RuntimeException
    permits GsisStatusException, GsisResponseException, GsisStateMismatchException, GsisDeniedException,
        GsisUnreachableException {

  private static final long serialVersionUID = 1L;

  /** The step that failed. */
  private final GsisStep step;

  GsisException(GsisStep step, String message, Throwable cause) {
    super("GSIS " + Objects.requireNonNull(step, "step").endpoint() + ": " + message, cause);
    this.step = step;
  }

  /**
   * The step that failed.
   *
   * @return the step
   */
  public GsisStep step() {
    return step;
  }

  /**
   * An OAuth error code as received, if it has the shape RFC 6749 gives error codes (printable ASCII
   * without {@code "} and {@code \}, at most 64 characters here): anything else is not repeated.
   */
  static Optional<String> errorCode(String received) {
    return Optional.ofNullable(received)
        .filter(code -> !code.isEmpty() && code.length() <= 64
            && code.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && c != '"' && c != '\\'));
  }
}
