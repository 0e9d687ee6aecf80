/**
 * A GSIS OAuth2 client (X6, πελάτης OAuth2 της ΓΓΠΣ/ΑΑΔΕ) for hosts that log people in with TAXISnet
 * credentials: {@link dev.thyrida.gsis.GsisLogin} does the authorization-code flow with state and
 * PKCE (S256), over the JDK's {@code HttpClient}; every failure is a {@link
 * dev.thyrida.gsis.GsisException} saying which step failed and how, never with a secret, a code, a
 * token or personal data in its message (ADR 0152).
 */
package dev.thyrida.gsis;
