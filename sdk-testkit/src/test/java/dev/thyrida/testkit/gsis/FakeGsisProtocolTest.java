package dev.thyrida.testkit.gsis;

import static dev.thyrida.testkit.gsis.FakeGsisServerTest.CALLBACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X6: the fake GSIS server's PKCE, bearer challenge and logout, as public integrations use them")
class FakeGsisProtocolTest {

  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  final FakeGsisServerTest flow = new FakeGsisServerTest();
  final Browser browser = flow.browser;

  @AfterEach
  void stop() {
    flow.stop();
  }

  private String code(Map<String, String> extra) {
    Map<String, String> query = new HashMap<>(Map.of("response_type", "code", "client_id", "kep-host",
        "redirect_uri", CALLBACK.toString()));
    query.putAll(extra);
    return Browser.redirectParameters(browser.authorize(GsisPath.CITIZEN, query)).get("code");
  }

  private HttpResponse<String> token(String code, String verifier) {
    Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
        "client_id", "kep-host", "client_secret", "s3cret", "redirect_uri", CALLBACK.toString()));
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return browser.token(GsisPath.CITIZEN, form);
  }

  private static String s256(String verifier) throws Exception {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  @DisplayName("RFC 7636: an S256 challenge needs the right code_verifier; a wrong or missing one is invalid_grant")
  void pkceS256() throws Exception {
    Map<String, String> challenge = Map.of("code_challenge", s256(VERIFIER), "code_challenge_method", "S256");
    assertEquals(200, token(code(challenge), VERIFIER).statusCode());
    FakeGsisRefusalsTest.assertError(token(code(challenge), VERIFIER + "x"), 400, "invalid_grant");
    FakeGsisRefusalsTest.assertError(token(code(challenge), null), 400, "invalid_grant");
  }

  @Test
  @DisplayName("RFC 7636: a plain challenge is its own verifier; an unknown method is refused at authorize")
  void pkcePlainAndUnknown() {
    assertEquals(200, token(code(Map.of("code_challenge", VERIFIER)), VERIFIER).statusCode());
    HttpResponse<String> unknown = browser.authorize(GsisPath.CITIZEN, Map.of("response_type", "code",
        "client_id", "kep-host", "redirect_uri", CALLBACK.toString(), "code_challenge", VERIFIER,
        "code_challenge_method", "MD5"));
    assertEquals("invalid_request", Browser.redirectParameters(unknown).get("error"));
  }

  @Test
  @DisplayName("RFC 6750 3.1: a userinfo request with no token gets the bare challenge and no error code")
  void bareChallenge() {
    HttpResponse<String> none = browser.userinfo(GsisPath.CITIZEN, null);
    assertEquals(401, none.statusCode());
    assertEquals("Bearer realm=\"gsis\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertFalse(none.body().contains("error"), none.body());
  }

  @Test
  @DisplayName("X6: /logout/{clientId}/ ends the sign-in and sends the browser to url; an unknown client is refused")
  void logout() {
    URI logout = flow.gsis.baseUri().resolve(GsisPath.CITIZEN.logout("kep-host") + "?url=" + CALLBACK);
    HttpResponse<String> out = browser.send(HttpRequest.newBuilder(logout).GET());
    assertEquals(302, out.statusCode());
    assertEquals(CALLBACK.toString(), out.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> after = browser.authorize(GsisPath.CITIZEN, Map.of("response_type", "code",
        "client_id", "kep-host", "redirect_uri", CALLBACK.toString()));
    assertEquals("access_denied", Browser.redirectParameters(after).get("error"));
    URI unknown = flow.gsis.baseUri().resolve(GsisPath.CITIZEN.logout("nobody"));
    FakeGsisRefusalsTest.assertError(browser.send(HttpRequest.newBuilder(unknown).GET()), 400, "invalid_request");
    assertTrue(GsisPath.PUBLIC_ADMINISTRATION.logout("x").startsWith("/oauth2servergov/logout/"));
  }
}
