package dev.thyrida.gsis;

import java.net.URI;
import java.util.Objects;

/**
 * A login that has begun (σύνδεση σε εξέλιξη): where to send the browser, and the state and PKCE
 * verifier the host keeps in the person's session until the browser comes back. The verifier never
 * appears in {@link #toString()}.
 *
 * @param authorizeUri the authorization URL to redirect the browser to
 * @param state the state the callback must carry back (RFC 6749 10.12)
 * @param codeVerifier the PKCE verifier the code exchange proves (RFC 7636)
 */
public record PendingLogin(URI authorizeUri, String state, String codeVerifier) {

  /**
   * Checks the parts.
   *
   * @param authorizeUri the authorization URL
   * @param state the state, not empty
   * @param codeVerifier the verifier, 43 to 128 unreserved characters (RFC 7636 4.1)
   */
  public PendingLogin {
    Objects.requireNonNull(authorizeUri, "authorize URI is required");
    Objects.requireNonNull(state, "state is required");
    Objects.requireNonNull(codeVerifier, "code verifier is required");
    if (state.isEmpty()) {
      throw new IllegalArgumentException("the state is not empty");
    }
    if (!codeVerifier.matches("[A-Za-z0-9._~-]{43,128}")) {
      throw new IllegalArgumentException("a code verifier has 43 to 128 unreserved characters (RFC 7636 4.1)");
    }
  }

  @Override
  public String toString() {
    return "PendingLogin[authorizeUri=" + authorizeUri + ", state=" + state + ", codeVerifier=****]";
  }
}
