package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The token endpoint (RFC 6749 sections 4.1.3, 5.1, 5.2): authenticates the client (HTTP Basic or
 * form parameters, not both), then exchanges a code for a bearer token, or answers the RFC error
 * kind. Internal.
 */
final class TokenEndpoint extends Endpoint {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final Clients clients;
  private final Grants grants;

  TokenEndpoint(GsisPath path, Clients clients, Grants grants) {
    super(path);
    this.clients = clients;
    this.grants = grants;
  }

  @Override
  void serve(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.startsWith(FORM)) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "the token endpoint takes a POSTed form");
      return;
    }
    Map<String, List<String>> form = Exchange.parameters(Exchange.body(exchange));
    Optional<String> grantType = single(form, "grant_type");
    if (grantType.isEmpty()) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "grant_type is required");
      return;
    }
    Optional<GsisClient> client = authenticate(exchange, form);
    if (client.isEmpty()) {
      LOG.info("fake GSIS {}: token refused, client authentication failed", path);
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"gsis\"");
      Exchange.error(exchange, OAuthError.INVALID_CLIENT, "client authentication failed");
      return;
    }
    if (!grantType.get().equals("authorization_code")) {
      Exchange.error(exchange, OAuthError.UNSUPPORTED_GRANT_TYPE, "only authorization_code");
      return;
    }
    Optional<String> code = single(form, "code");
    if (code.isEmpty()) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "code is required");
      return;
    }
    URI redirect = single(form, "redirect_uri").map(URI::create).orElse(null);
    Grants.Redemption redemption = grants.redeem(code.get(), path, client.get().clientId(), redirect,
        single(form, "code_verifier").orElse(null));
    if (redemption.accessToken() == null) {
      LOG.info("fake GSIS {}: invalid grant for client {}: {}", path, client.get().clientId(),
          redemption.refusal());
      Exchange.error(exchange, OAuthError.INVALID_GRANT, redemption.refusal());
      return;
    }
    LOG.info("fake GSIS {}: token issued to client {}", path, client.get().clientId());
    Exchange.send(exchange, 200, "application/json;charset=UTF-8",
        "{\"access_token\":\"" + redemption.accessToken() + "\",\"token_type\":\"bearer\","
            + "\"expires_in\":" + grants.tokenLifetimeSeconds() + "}");
  }

  /** Basic or form credentials, exactly one of them; both at once is malformed (RFC 6749 2.3). */
  private Optional<GsisClient> authenticate(HttpExchange exchange, Map<String, List<String>> form) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    Optional<String> formSecret = single(form, "client_secret");
    Optional<String> formId = single(form, "client_id");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (formSecret.isPresent()) {
        throw new IllegalArgumentException("two client authentication methods");
      }
      String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      String id = Exchange.decode(pair.substring(0, colon));
      String secret = Exchange.decode(pair.substring(colon + 1));
      boolean sameId = formId.map(id::equals).orElse(true);
      return sameId ? clients.authenticate(path, id, secret) : Optional.empty();
    }
    if (formId.isEmpty() || formSecret.isEmpty()) {
      return Optional.empty();
    }
    return clients.authenticate(path, formId.get(), formSecret.get());
  }
}
