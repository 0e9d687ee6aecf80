package dev.thyrida.testkit.gsis;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;

/**
 * The logout endpoint as public integrations call it, {@code <prefix>/logout/{clientId}/?url=…}: ends
 * the sign-in at that path and sends the browser to {@code url} when given, else answers 200.
 * Internal.
 */
final class LogoutEndpoint extends Endpoint {

  private final Clients clients;
  private final SignedIn signedIn;

  LogoutEndpoint(GsisPath path, Clients clients, SignedIn signedIn) {
    super(path);
    this.clients = clients;
    this.signedIn = signedIn;
  }

  @Override
  void serve(HttpExchange exchange) throws IOException {
    String rest = exchange.getRequestURI().getPath().substring(path.logoutPrefix().length());
    String clientId = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    if (clientId.isEmpty() || clientId.contains("/") || clients.find(path, clientId).isEmpty()) {
      Exchange.error(exchange, OAuthError.INVALID_REQUEST, "unknown or missing client id in the logout path");
      return;
    }
    signedIn.signOut(path);
    LOG.info("fake GSIS {}: logout for client {}", path, clientId);
    Optional<String> url = single(Exchange.parameters(exchange.getRequestURI().getRawQuery()), "url");
    if (url.isPresent()) {
      Exchange.redirect(exchange, url.get());
    } else {
      Exchange.send(exchange, 200, "text/plain;charset=UTF-8", "signed out");
    }
  }
}
