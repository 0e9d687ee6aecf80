package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;

/**
 * The userinfo resource (X6; RFC 6750): for a live bearer token issued at this path, the XML
 * answer of the identity that logged in; otherwise 401 with a {@code WWW-Authenticate: Bearer}
 * challenge. Internal.
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
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"gsis\"");
      Exchange.error(exchange, OAuthError.INVALID_TOKEN, "a bearer token is required");
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
