/**
 * Thyrida GSIS client: the GSIS OAuth2 login (X6, σύνδεση με κωδικούς TAXISnet) on the JDK's
 * {@code HttpClient}, with no framework. It builds the authorize URL with state and PKCE, exchanges
 * the code, reads userinfo as an {@code AuthenticatedIdentity} with policy's parser, and gives the
 * logout URL. An edge module: core and policy know nothing of it (ADR 0152).
 */
module dev.thyrida.gsis {
  requires transitive dev.thyrida.policy;
  requires transitive java.net.http;
  requires com.fasterxml.jackson.core;

  exports dev.thyrida.gsis;
}
