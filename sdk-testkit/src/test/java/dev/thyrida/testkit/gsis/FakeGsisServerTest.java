package dev.thyrida.testkit.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.testkit.clock.ControllableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FakeGsisServerTest {

  static final URI CALLBACK = URI.create("http://127.0.0.1:9/login/callback");
  static final URI OTHER_CALLBACK = URI.create("http://127.0.0.1:9/other/callback");
  static final GsisClient HOST = GsisClient.of(GsisPath.CITIZEN, "kep-host", "s3cret", CALLBACK);
  static final GsisClient OTHER = GsisClient.of(GsisPath.CITIZEN, "other-app", "0ther", OTHER_CALLBACK);
  static final GsisClient STAFF_APP =
      GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "staff-app", "st@ff&key", CALLBACK);

  final ControllableClock clock = ControllableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  final FakeGsisServer gsis = FakeGsisServer.builder().client(HOST).client(OTHER).client(STAFF_APP)
      .signedIn(GsisPath.CITIZEN, GsisIdentity.testUser())
      .clock(clock).codeLifetime(Duration.ofSeconds(30)).start();
  final Browser browser = new Browser(gsis);

  @AfterEach
  void stop() {
    gsis.close();
  }

  String code(GsisClient client, URI redirect) {
    HttpResponse<String> response = browser.authorize(client.path(), Map.of("response_type", "code",
        "client_id", client.clientId(), "redirect_uri", redirect.toString(), "state", "xyz"));
    assertEquals(302, response.statusCode());
    return Browser.redirectParameters(response).get("code");
  }

  HttpResponse<String> redeem(GsisClient client, String code, URI redirect) {
    return browser.token(client.path(), Map.of("grant_type", "authorization_code", "code", code,
        "client_id", client.clientId(), "client_secret", client.clientSecret(),
        "redirect_uri", redirect.toString()));
  }

  @Test
  @DisplayName("X6: authorize -> code -> token -> userinfo, as a plain JDK HttpClient drives it")
  void citizenFlow() {
    HttpResponse<String> authorize = browser.authorize(GsisPath.CITIZEN, Map.of("response_type", "code",
        "client_id", "kep-host", "redirect_uri", CALLBACK.toString(), "state", "af0i&jsl", "scope", "read"));
    assertEquals(302, authorize.statusCode());
    assertTrue(authorize.headers().firstValue("Location").orElseThrow().startsWith(CALLBACK + "?code="));
    Map<String, String> back = Browser.redirectParameters(authorize);
    assertEquals("af0i&jsl", back.get("state"));

    HttpResponse<String> token = redeem(HOST, back.get("code"), CALLBACK);
    assertEquals(200, token.statusCode());
    assertEquals("bearer", Browser.jsonString(token.body(), "token_type"));
    assertTrue(token.body().contains("\"expires_in\":3600"));
    assertEquals("no-store", token.headers().firstValue("Cache-Control").orElseThrow());
    String accessToken = Browser.jsonString(token.body(), "access_token");

    HttpResponse<String> userinfo = browser.userinfo(GsisPath.CITIZEN, "Bearer " + accessToken);
    assertEquals(200, userinfo.statusCode());
    assertTrue(userinfo.body().contains(
        "<root><userinfo userid=\"User068933130\" taxid=\"068933130\" lastname=\"ΔΟΚΙΜΑΣΤΙΚΟΣ\""));
    assertTrue(userinfo.body().endsWith("birthyear=\"1970\"/></root>"));
  }

  @Test
  @DisplayName("X6: the public-administration path has its own clients; HTTP Basic client auth works")
  void publicAdministrationFlowWithBasic() {
    GsisIdentity employee = GsisIdentity.builder().userid("EMP0001").taxid("090000045")
        .lastname("ΠΑΠΑΔΟΠΟΥΛΟΥ").firstname("ΕΛΕΝΗ").fathername("ΓΕΩΡΓΙΟΣ").mothername("ΜΑΡΙΑ")
        .birthyear("1981").characterReferences(true).build().padded(20);
    gsis.signIn(GsisPath.PUBLIC_ADMINISTRATION, employee);
    String code = code(STAFF_APP, CALLBACK);
    HttpResponse<String> token = browser.tokenWithBasic(GsisPath.PUBLIC_ADMINISTRATION,
        "staff-app", "st%40ff%26key", Map.of("grant_type", "authorization_code", "code", code,
            "redirect_uri", CALLBACK.toString()));
    assertEquals(200, token.statusCode(), token.body());
    HttpResponse<String> userinfo = browser.userinfo(GsisPath.PUBLIC_ADMINISTRATION,
        "Bearer " + Browser.jsonString(token.body(), "access_token"));
    assertTrue(userinfo.body().contains("taxid=\"090000045           \""), userinfo.body());
    assertTrue(userinfo.body().contains("lastname=\"&#928;&#913;&#928;&#913;&#916;"), userinfo.body());
  }

  @Test
  @DisplayName("a citizen-path code is refused at the employee path's token endpoint (invalid_grant)")
  void codesStayOnTheirPath() {
    String code = code(HOST, CALLBACK);
    HttpResponse<String> token = browser.token(GsisPath.PUBLIC_ADMINISTRATION, Map.of(
        "grant_type", "authorization_code", "code", code, "client_id", "staff-app",
        "client_secret", "st@ff&key", "redirect_uri", CALLBACK.toString()));
    assertEquals(400, token.statusCode());
    assertEquals("invalid_grant", Browser.jsonString(token.body(), "error"));
  }

  @Test
  @DisplayName("close() frees the port: it can be bound again at once")
  void closeFreesThePort() throws Exception {
    FakeGsisServer second = FakeGsisServer.builder().client(HOST).start();
    int port = second.port();
    assertTrue(port > 0);
    second.close();
    try (ServerSocket rebound = new ServerSocket()) {
      rebound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertTrue(rebound.isBound());
    }
  }

  @Test
  @DisplayName("a registered client's secret never appears in its toString")
  void clientHidesItsSecret() {
    assertFalse(HOST.toString().contains("s3cret"));
    assertTrue(HOST.toString().contains("kep-host"));
  }

  @Test
  @DisplayName("the test identity is the widely used one of X6")
  void testUser() {
    assertEquals("User068933130", GsisIdentity.testUser().userid());
    assertEquals("068933130", GsisIdentity.testUser().taxid());
    assertNotNull(gsis.baseUri());
  }
}
