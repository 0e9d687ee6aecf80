/**
 * A fake GSIS OAuth2 server (X6: TAXISnet login, ΓΓΠΣ/ΑΑΔΕ) for tests of hosts that integrate with
 * gov.gr login: the authorize, token and userinfo endpoints of the citizen path and of the
 * public-administration (employees) path, on a loopback port chosen by the OS (ADR 0032).
 *
 * <p>API (experimental until 1.0). Entry point: {@link dev.thyrida.testkit.gsis.FakeGsisServer}.
 */
@ThyridaStyle
package dev.thyrida.testkit.gsis;

import dev.thyrida.core.style.ThyridaStyle;
