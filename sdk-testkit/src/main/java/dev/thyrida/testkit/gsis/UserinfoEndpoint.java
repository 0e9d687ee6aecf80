package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;

/**
 * The userinfo resource (X6; RFC 6750): for a live bearer token issued at this path, the XML
 * answer of the identity that logged in; otherwise 401 with a {@code WWW-Authenticate: Bearer}
 * challenge, carrying {@code error="invalid_token"} only when a token was sent (RFC 6750 3.1). Internal.
 */
final class UserinfoEndpoint extends Endpoint {

  private final Grants grants;

  UserinfoEndpoint(GsisPath path, Grants grants) {
    super(path);
    this.grants = grants;
  }

  @Override
  void serve(HttpExchange exchange) throws IOException {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // RFC 6750 3.1: a request with no authentication gets the bare challenge, no error code.
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"gsis\"");
      Exchange.send(exchange, 401, "text/plain;charset=UTF-8", "");
      return;
    }
    Optional<GsisIdentity> who = grants.holder(header.substring(7).trim(), path);
    if (who.isEmpty()) {
      LOG.info("fake GSIS {}: userinfo refused an unknown, revoked or expired token", path);
      exchange.getResponseHeaders().set("WWW-Authenticate",
          "Bearer realm=\"gsis\", error=\"invalid_token\"");
      Exchange.error(exchange, OAuthError.INVALID_TOKEN, "the token is unknown, revoked or expired");
      return;
    }
    Exchange.send(exchange, 200, "application/xml;charset=UTF-8", UserinfoXml.render(who.get()));
  }
}
