package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization endpoint (RFC 6749 section 4.1.1): checks the client and its redirect URI,
 * "logs in" whoever the test signed in at this path, and redirects back with a code and the caller's
 * state. Without a registered client and redirect URI it answers 400 and never redirects. Internal.
 */
final class AuthorizeEndpoint extends Endpoint {

  private final Clients clients;
  private final Grants grants;
  private final SignedIn signedIn;

  AuthorizeEndpoint(GsisPath path, Clients clients, Grants grants, SignedIn signedIn) {
    super(path);
    this.clients = clients;
    this.grants = grants;
    this.signedIn = signedIn;
  }

  @Override
  void serve(HttpExchange exchange) throws IOException {
    if (!"GET".equals(exchange.getRequestMethod())) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "the authorization endpoint takes GET");
      return;
    }
    Map<String, List<String>> query = Exchange.parameters(exchange.getRequestURI().getRawQuery());
    Optional<GsisClient> client = single(query, "client_id").flatMap(id -> clients.find(path, id));
    if (client.isEmpty()) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "unknown or missing client_id");
      return;
    }
    Optional<String> requested = single(query, "redirect_uri");
    Optional<URI> redirect = requested.isPresent()
        ? requested.map(URI::create).filter(client.get().redirectUris()::contains)
        : client.get().redirectUris().stream().findFirst().filter(only -> client.get().redirectUris().size() == 1);
    if (redirect.isEmpty()) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "redirect_uri is not registered for the client");
      return;
    }
    Optional<String> state = single(query, "state");
    if (!single(query, "response_type").orElse("").equals("code")) {
      LOG.info("fake GSIS {}: authorize refused an unsupported response type", path);
      back(exchange, redirect.get(), "error=" + OAuthError.UNSUPPORTED_RESPONSE_TYPE.code(), state);
      return;
    }
    Optional<GsisIdentity> who = signedIn.at(path);
    if (who.isEmpty()) {
      LOG.info("fake GSIS {}: no one signed in, access denied", path);
      back(exchange, redirect.get(), "error=" + OAuthError.ACCESS_DENIED.code(), state);
      return;
    }
    URI boundTo = requested.isPresent() ? redirect.get() : null;
    Optional<String> challenge = single(query, "code_challenge");
    Pkce pkce;
    try {
      pkce = challenge.isPresent() ? Pkce.of(challenge.get(), single(query, "code_challenge_method").orElse(null)) : null;
    } catch (IllegalArgumentException unsupported) {
      back(exchange, redirect.get(), "error=" + OAuthError.INVALID_REQUEST.code(), state);
      return;
    }
    String code = grants.issueCode(path, client.get().clientId(), boundTo, pkce, who.get());
    LOG.info("fake GSIS {}: code issued to client {}", path, client.get().clientId());
    back(exchange, redirect.get(), "code=" + Exchange.encode(code), state);
  }

  private static void back(HttpExchange exchange, URI redirect, String result, Optional<String> state)
      throws IOException {
    String base = redirect.toString();
    String location = base + (base.contains("?") ? "&" : "?") + result
        + state.map(value -> "&state=" + Exchange.encode(value)).orElse("");
    Exchange.redirect(exchange, location);
  }
}
