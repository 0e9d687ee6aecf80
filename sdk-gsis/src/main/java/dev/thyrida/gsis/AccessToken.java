package dev.thyrida.gsis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer access token from the token endpoint (RFC 6749 5.1). Its value never appears in {@link
 * #toString()}.
 *
 * @param value the token
 * @param expiresIn how long it lives, when the server said
 */
public record AccessToken(String value, Optional<Duration> expiresIn) {

  /**
   * Checks the parts.
   *
   * @param value the token, not empty
   * @param expiresIn its lifetime, if given
   */
  public AccessToken {
    Objects.requireNonNull(value, "value is required");
    Objects.requireNonNull(expiresIn, "expiresIn is required");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an access token is not empty");
    }
  }

  @Override
  public String toString() {
    return "AccessToken[value=****, expiresIn=" + expiresIn + "]";
  }
}
