package dev.thyrida.testkit.gsis;

import static dev.thyrida.testkit.gsis.FakeGsisServerTest.CALLBACK;
import static dev.thyrida.testkit.gsis.FakeGsisServerTest.HOST;
import static dev.thyrida.testkit.gsis.FakeGsisServerTest.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeGsisRefusalsTest {

  final FakeGsisServerTest flow = new FakeGsisServerTest();
  final Browser browser = flow.browser;

  @AfterEach
  void stop() {
    flow.stop();
  }

  static void assertError(HttpResponse<String> response, int status, String error) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(error, Browser.jsonString(response.body(), "error"));
  }

  Map<String, String> validForm(String code) {
    Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
        "client_id", "kep-host", "client_secret", "s3cret", "redirect_uri", CALLBACK.toString()));
    return form;
  }

  @ParameterizedTest(name = "{0}={1} -> {2} {3}")
  @DisplayName("RFC 6749 5.2: the token endpoint refuses with the right error kind")
  @CsvSource({
      "client_secret, wrong, 401, invalid_client",
      "client_id, nobody, 401, invalid_client",
      "client_id, staff-app, 401, invalid_client",
      "grant_type, password, 400, unsupported_grant_type",
      "grant_type, client_credentials, 400, unsupported_grant_type",
      "code, forged, 400, invalid_grant",
      "redirect_uri, http://127.0.0.1:9/elsewhere, 400, invalid_grant"})
  void tokenRefusals(String parameter, String value, int status, String error) {
    Map<String, String> form = validForm(flow.code(HOST, CALLBACK));
    form.put(parameter, value);
    HttpResponse<String> response = browser.token(GsisPath.CITIZEN, form);
    assertError(response, status, error);
    if (status == 401) {
      assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    }
  }

  @ParameterizedTest(name = "without {0} -> {1}")
  @DisplayName("RFC 6749 5.2: a token request missing a parameter is refused")
  @CsvSource({"grant_type, invalid_request", "code, invalid_request",
      "client_secret, invalid_client", "client_id, invalid_client"})
  void missingParameters(String parameter, String error) {
    Map<String, String> form = validForm(flow.code(HOST, CALLBACK));
    form.remove(parameter);
    assertError(browser.token(GsisPath.CITIZEN, form), "invalid_client".equals(error) ? 401 : 400, error);
  }

  @Test
  @DisplayName("a reused code is invalid_grant, and the token it first gave is revoked")
  void reusedCode() {
    String code = flow.code(HOST, CALLBACK);
    HttpResponse<String> first = browser.token(GsisPath.CITIZEN, validForm(code));
    String token = Browser.jsonString(first.body(), "access_token");
    assertEquals(200, browser.userinfo(GsisPath.CITIZEN, "Bearer " + token).statusCode());
    assertError(browser.token(GsisPath.CITIZEN, validForm(code)), 400, "invalid_grant");
    assertEquals(401, browser.userinfo(GsisPath.CITIZEN, "Bearer " + token).statusCode());
  }

  @Test
  @DisplayName("an expired code is invalid_grant (the clock is the test's)")
  void expiredCode() {
    String code = flow.code(HOST, CALLBACK);
    flow.clock.advance(Duration.ofSeconds(30));
    assertError(browser.token(GsisPath.CITIZEN, validForm(code)), 400, "invalid_grant");
  }

  @Test
  @DisplayName("a code is bound to its client: another client, correctly authenticated, gets invalid_grant")
  void codeBoundToClient() {
    Map<String, String> form = validForm(flow.code(HOST, CALLBACK));
    form.putAll(Map.of("client_id", OTHER.clientId(), "client_secret", OTHER.clientSecret()));
    assertError(browser.token(GsisPath.CITIZEN, form), 400, "invalid_grant");
  }

  @Test
  @DisplayName("the token endpoint takes a POSTed form, with one client authentication method")
  void malformedTokenRequests() {
    assertError(browser.send(HttpRequest.newBuilder(flow.gsis.tokenUri(GsisPath.CITIZEN)).GET()),
        400, "invalid_request");
    Map<String, String> form = validForm(flow.code(HOST, CALLBACK));
    assertError(browser.tokenWithBasic(GsisPath.CITIZEN, "kep-host", "s3cret", form), 400,
        "invalid_request");
    assertError(browser.tokenWithBasic(GsisPath.CITIZEN, "kep-host", "nope",
        Map.of("grant_type", "authorization_code", "code", "x")), 401, "invalid_client");
  }

  @Test
  @DisplayName("RFC 6749 4.1.2.1: an unknown client or unregistered redirect URI is answered, never redirected")
  void authorizeWithoutRedirect() {
    HttpResponse<String> unknown = browser.authorize(GsisPath.CITIZEN, Map.of(
        "response_type", "code", "client_id", "nobody", "redirect_uri", CALLBACK.toString()));
    assertError(unknown, 400, "invalid_request");
    assertTrue(unknown.headers().firstValue("Location").isEmpty());
    HttpResponse<String> foreign = browser.authorize(GsisPath.CITIZEN, Map.of(
        "response_type", "code", "client_id", "kep-host", "redirect_uri", "https://evil.example/cb"));
    assertError(foreign, 400, "invalid_request");
    assertTrue(foreign.headers().firstValue("Location").isEmpty());
  }

  @Test
  @DisplayName("RFC 6749 4.1.2.1: other authorize errors redirect back with the error and the state")
  void authorizeErrorsRedirect() {
    HttpResponse<String> implicit = browser.authorize(GsisPath.CITIZEN, Map.of("response_type", "token",
        "client_id", "kep-host", "redirect_uri", CALLBACK.toString(), "state", "s1"));
    assertEquals(302, implicit.statusCode());
    assertEquals(Map.of("error", "unsupported_response_type", "state", "s1"),
        Browser.redirectParameters(implicit));
    flow.gsis.signOut(GsisPath.CITIZEN);
    HttpResponse<String> nobody = browser.authorize(GsisPath.CITIZEN, Map.of("response_type", "code",
        "client_id", "kep-host", "state", "s2"));
    assertEquals(Map.of("error", "access_denied", "state", "s2"), Browser.redirectParameters(nobody));
  }

  @Test
  @DisplayName("RFC 6750 3.1: userinfo without a token, with a bad one or an expired one is 401")
  void userinfoRefusals() {
    HttpResponse<String> none = browser.userinfo(GsisPath.CITIZEN, null);
    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    HttpResponse<String> bad = browser.userinfo(GsisPath.CITIZEN, "Bearer not-a-token");
    assertError(bad, 401, "invalid_token");
    assertTrue(bad.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));

    String token = Browser.jsonString(
        browser.token(GsisPath.CITIZEN, validForm(flow.code(HOST, CALLBACK))).body(), "access_token");
    assertEquals(401, browser.userinfo(GsisPath.PUBLIC_ADMINISTRATION, "Bearer " + token).statusCode());
    flow.clock.advance(Duration.ofHours(1));
    assertError(browser.userinfo(GsisPath.CITIZEN, "Bearer " + token), 401, "invalid_token");
  }

  @Test
  @DisplayName("an authorize request without redirect_uri uses the client's only one; the token request then omits it")
  void soleRedirectUri() {
    HttpResponse<String> response = browser.authorize(GsisPath.CITIZEN,
        Map.of("response_type", "code", "client_id", "kep-host"));
    assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith(CALLBACK.toString()));
    Map<String, String> form = validForm(Browser.redirectParameters(response).get("code"));
    form.remove("redirect_uri");
    assertEquals(200, browser.token(GsisPath.CITIZEN, form).statusCode());
    assertTrue(URI.create(CALLBACK.toString()).isAbsolute());
  }
}
