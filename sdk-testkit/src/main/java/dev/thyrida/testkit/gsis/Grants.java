package dev.thyrida.testkit.gsis;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codes and tokens the fake has issued. A code is single use: the first redemption consumes it,
 * whatever its outcome; redeeming it again is refused and revokes the token it gave (RFC 6749
 * section 4.1.2). The token request must repeat the redirect URI only when the authorization request
 * sent one (RFC 6749 4.1.3), and must answer a PKCE challenge when one was sent (RFC 7636 4.6).
 * Thread-safe. Internal.
 */
final class Grants {

  /** An issued authorization code and what it is bound to (redirect URI null when not sent). */
  record Code(GsisPath path, String clientId, URI redirectUri, Pkce pkce, GsisIdentity identity, Instant expires) {}

  /** An issued access token. */
  record Token(GsisPath path, GsisIdentity identity, Instant expires) {}

  /** The outcome of a redemption: a token, or why not. */
  record Redemption(String accessToken, String refusal) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration codeLifetime;
  private final Duration tokenLifetime;
  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, String> redeemed = new HashMap<>();
  private final Map<String, Token> tokens = new HashMap<>();

  Grants(Clock clock, Duration codeLifetime, Duration tokenLifetime) {
    this.clock = clock;
    this.codeLifetime = codeLifetime;
    this.tokenLifetime = tokenLifetime;
  }

  synchronized String issueCode(GsisPath path, String clientId, URI redirectUri, Pkce pkce, GsisIdentity who) {
    String code = fresh();
    codes.put(code, new Code(path, clientId, redirectUri, pkce, who, clock.instant().plus(codeLifetime)));
    return code;
  }

  synchronized Redemption redeem(String code, GsisPath path, String clientId, URI redirectUri, String verifier) {
    Code issued = codes.remove(code);
    if (issued == null) {
      String token = redeemed.get(code);
      if (token != null) {
        tokens.remove(token);
        return refused("the code was already used; the token it gave is revoked");
      }
      return refused("unknown code");
    }
    redeemed.put(code, "");
    if (issued.path() != path) {
      return refused("unknown code");
    }
    if (!clock.instant().isBefore(issued.expires())) {
      return refused("the code has expired");
    }
    if (!issued.clientId().equals(clientId)) {
      return refused("the code was issued to another client");
    }
    if (issued.redirectUri() != null && !issued.redirectUri().equals(redirectUri)) {
      return refused("redirect_uri differs from the one in the authorization request");
    }
    if (issued.pkce() != null && !issued.pkce().answeredBy(verifier)) {
      return refused("code_verifier does not answer the code_challenge");
    }
    String token = fresh();
    tokens.put(token, new Token(path, issued.identity(), clock.instant().plus(tokenLifetime)));
    redeemed.put(code, token);
    return new Redemption(token, null);
  }

  synchronized Optional<GsisIdentity> holder(String token, GsisPath path) {
    Token issued = tokens.get(token);
    if (issued == null || issued.path() != path || !clock.instant().isBefore(issued.expires())) {
      return Optional.empty();
    }
    return Optional.of(issued.identity());
  }

  long tokenLifetimeSeconds() {
    return tokenLifetime.toSeconds();
  }

  private static Redemption refused(String why) {
    return new Redemption(null, why);
  }

  private String fresh() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
