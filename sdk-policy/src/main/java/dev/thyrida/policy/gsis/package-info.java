/**
 * The GSIS OAuth2 userinfo answer (X6) read into an authenticated identity: XML in,
 * {@link dev.thyrida.core.principal.AuthenticatedIdentity} out, with padding trimmed, character
 * references decoded and the tax id checked (X7); anything else refused with an
 * {@link dev.thyrida.policy.gsis.InvalidUserinfoException} naming what and where. Parses the given
 * string in memory only: no DOCTYPE, no entities, no external access (ADR 0033).
 *
 * <p>API (experimental until 1.0).
 */
package dev.thyrida.policy.gsis;
