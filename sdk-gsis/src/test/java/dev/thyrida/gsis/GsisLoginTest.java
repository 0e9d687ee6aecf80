package dev.thyrida.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.InvalidUserinfoException;
import dev.thyrida.testkit.clock.ControllableClock;
import dev.thyrida.testkit.gsis.FakeGsisExtension;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import dev.thyrida.testkit.gsis.ImmutableGsisIdentity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("GSIS login against the testkit's fake server (X6)")
class GsisLoginTest {

  private static final URI CALLBACK = URI.create("https://kep.example.gr/login/callback");
  private static final String SECRET = "s3cret-Of-The-Host";
  private static final ControllableClock CLOCK = ControllableClock.at(Instant.parse("2026-12-01T10:00:00Z"));

  @RegisterExtension
  static final FakeGsisExtension GSIS = FakeGsisExtension.with(builder -> builder.clock(CLOCK)
      .client(GsisClient.of(GsisPath.CITIZEN, "kep-host", SECRET, CALLBACK))
      .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "kep-host", SECRET, CALLBACK)));

  private static GsisLogin login(GsisPath path, String secret) {
    String prefix = path == GsisPath.CITIZEN ? GsisEndpoints.CITIZEN : GsisEndpoints.PUBLIC_ADMINISTRATION;
    return GsisLogin.builder(GsisEndpoints.at(GSIS.server().baseUri(), prefix),
        new GsisRegistration("kep-host", secret, CALLBACK)).build();
  }

  private static GsisLogin citizen() {
    return login(GsisPath.CITIZEN, SECRET);
  }

  private static URI callbackOf(PendingLogin pending) throws Exception {
    return Browser.redirectOf(pending.authorizeUri());
  }

  private static String codeOf(URI callback) {
    return Query.parse(callback.getRawQuery()).get("code").orElseThrow();
  }

  @Test
  @DisplayName("X6: a citizen logs in and the host gets the identity userinfo carries, padding trimmed")
  void citizenLogsIn() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser().padded(40));
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    AuthenticatedIdentity who = login.complete(pending, callbackOf(pending));
    assertEquals(TaxId.of("068933130"), who.taxId());
    assertEquals("User068933130", who.userId().value());
    assertEquals("ΧΡΗΣΤΗΣ", who.name().given());
    assertEquals(Optional.of(1970), who.birthYear());
  }

  @Test
  @DisplayName("X6: the public-administration path is a login path of its own")
  void employeeLogsInAtTheirOwnPath() throws Exception {
    GsisIdentity employee = ImmutableGsisIdentity.copyOf(GsisIdentity.testUser()).withUserid("kep.employee");
    GSIS.server().signIn(GsisPath.PUBLIC_ADMINISTRATION, employee);
    GsisLogin login = login(GsisPath.PUBLIC_ADMINISTRATION, SECRET);
    PendingLogin pending = login.begin();
    assertEquals("kep.employee", login.complete(pending, callbackOf(pending)).userId().value());
  }

  @Test
  @DisplayName("RFC 7636: the authorize URL carries the client, redirect URI, a fresh state and an S256 challenge")
  void authorizeUrlCarriesStateAndPkce() {
    GsisLogin login = citizen();
    PendingLogin first = login.begin();
    PendingLogin second = login.begin();
    Map<String, Optional<String>> query = Query.parse(first.authorizeUri().getRawQuery());
    assertEquals(Optional.of("code"), query.get("response_type"));
    assertEquals(Optional.of("kep-host"), query.get("client_id"));
    assertEquals(Optional.of(CALLBACK.toString()), query.get("redirect_uri"));
    assertEquals(Optional.of(first.state()), query.get("state"));
    assertEquals(Optional.of("S256"), query.get("code_challenge_method"));
    assertEquals(Optional.of(Pkce.challenge(first.codeVerifier())), query.get("code_challenge"));
    assertFalse(first.authorizeUri().toString().contains(first.codeVerifier()), "the verifier stays with the host");
    assertNotEquals(first.state(), second.state());
    assertNotEquals(first.codeVerifier(), second.codeVerifier());
    assertEquals(43, first.codeVerifier().length());
  }

  @Test
  @DisplayName("RFC 6749 10.12: a callback with another login's state or none is refused before the code is used")
  void stateMismatchIsRefused() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = citizen();
    PendingLogin mine = login.begin();
    PendingLogin other = login.begin();
    URI callback = callbackOf(other);
    GsisStateMismatchException wrong = assertThrows(GsisStateMismatchException.class, () -> login.complete(mine, callback));
    assertEquals(GsisStep.AUTHORIZE, wrong.step());
    URI stateless = URI.create(CALLBACK + "?code=" + codeOf(callback));
    assertThrows(GsisStateMismatchException.class, () -> login.complete(other, stateless));
    assertEquals("User068933130", login.complete(other, callback).userId().value(), "the code was not spent");
  }

  @Test
  @DisplayName("RFC 6749 4.1.2.1: no one logged in at GSIS is access_denied, with the state checked")
  void accessDenied() throws Exception {
    GSIS.server().signOut(GsisPath.CITIZEN);
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    GsisDeniedException denied = assertThrows(GsisDeniedException.class, () -> login.complete(pending, callbackOf(pending)));
    assertEquals(Optional.of("access_denied"), denied.error());
    assertEquals("GSIS authorization: the login was refused (access_denied)", denied.getMessage());
  }

  @Test
  @DisplayName("RFC 6749 5.2: a wrong client secret is HTTP 401 invalid_client, without the secret in the message")
  void wrongSecret() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = login(GsisPath.CITIZEN, "not-the-secret");
    PendingLogin pending = login.begin();
    URI callback = callbackOf(pending);
    GsisStatusException refused = assertThrows(GsisStatusException.class, () -> login.complete(pending, callback));
    assertEquals(401, refused.status());
    assertEquals(Optional.of("invalid_client"), refused.error());
    assertEquals("GSIS token: HTTP 401 (invalid_client)", refused.getMessage());
    assertNoSecretIn(refused, pending, callback, "not-the-secret");
  }

  @Test
  @DisplayName("RFC 6749 4.1.2: a code is single use; the second exchange is invalid_grant")
  void codeIsSingleUse() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    URI callback = callbackOf(pending);
    login.complete(pending, callback);
    GsisStatusException replay = assertThrows(GsisStatusException.class, () -> login.complete(pending, callback));
    assertEquals(Optional.of("invalid_grant"), replay.error());
    assertNoSecretIn(replay, pending, callback, SECRET);
  }

  @Test
  @DisplayName("RFC 7636 4.6: a code redeemed with another login's verifier is invalid_grant")
  void verifierMustMatch() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    PendingLogin impostor = new PendingLogin(pending.authorizeUri(), pending.state(), login.begin().codeVerifier());
    GsisStatusException refused = assertThrows(GsisStatusException.class,
        () -> login.complete(impostor, callbackOf(pending)));
    assertEquals(400, refused.status());
    assertEquals(Optional.of("invalid_grant"), refused.error());
  }

  @Test
  @DisplayName("RFC 6750 3.1: an expired token at userinfo is HTTP 401 invalid_token")
  void expiredToken() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    AccessToken token = login.exchange(pending, codeOf(callbackOf(pending)));
    assertEquals(Optional.of(Duration.ofHours(1)), token.expiresIn());
    CLOCK.advance(Duration.ofHours(2));
    GsisStatusException expired = assertThrows(GsisStatusException.class, () -> login.userinfo(token));
    assertEquals(GsisStep.USERINFO, expired.step());
    assertEquals(401, expired.status());
    assertEquals(Optional.of("invalid_token"), expired.error());
    assertFalse(expired.getMessage().contains(token.value()));
    assertFalse(token.toString().contains(token.value()));
  }

  @Test
  @DisplayName("X6: userinfo policy refuses (a bad check digit) is a response failure caused by policy's refusal")
  void userinfoPolicyRefuses() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, ImmutableGsisIdentity.copyOf(GsisIdentity.testUser()).withTaxid("068933131"));
    GsisLogin login = citizen();
    PendingLogin pending = login.begin();
    GsisResponseException refused = assertThrows(GsisResponseException.class, () -> login.complete(pending, callbackOf(pending)));
    assertTrue(refused.getCause() instanceof InvalidUserinfoException, String.valueOf(refused.getCause()));
    assertEquals("GSIS userinfo: the answer is not an identity: INVALID_TAX_ID at userinfo/@taxid", refused.getMessage());
    assertFalse(refused.getMessage().contains("068933131"));
  }

  @Test
  @DisplayName("X6: logout ends the GSIS session, so the next login is denied, and sends the browser back")
  void logout() throws Exception {
    GSIS.server().signIn(GsisPath.CITIZEN, GsisIdentity.testUser());
    GsisLogin login = citizen();
    URI home = URI.create("https://kep.example.gr/?bye=1&lang=el");
    URI logout = login.logoutUri(home);
    assertEquals(GSIS.server().baseUri().resolve(GsisPath.CITIZEN.logout("kep-host")).getPath(), logout.getPath());
    assertEquals(home, Browser.redirectOf(logout));
    PendingLogin pending = login.begin();
    assertThrows(GsisDeniedException.class, () -> login.complete(pending, callbackOf(pending)));
  }

  @Test
  @DisplayName("an endpoint that does not answer is a transport failure naming the step")
  void unreachable() throws Exception {
    URI closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    GsisLogin login = GsisLogin.builder(GsisEndpoints.at(closed, GsisEndpoints.CITIZEN),
        new GsisRegistration("kep-host", SECRET, CALLBACK)).timeout(Duration.ofSeconds(5)).build();
    PendingLogin pending = login.begin();
    GsisUnreachableException down = assertThrows(GsisUnreachableException.class, () -> login.exchange(pending, "a-code"));
    assertEquals(GsisStep.TOKEN, down.step());
    assertNoSecretIn(down, pending, CALLBACK, SECRET);
  }

  @Test
  @DisplayName("the registration, the pending login and the token never print their secrets")
  void valuesHideTheirSecrets() {
    GsisRegistration registration = new GsisRegistration("kep-host", SECRET, CALLBACK);
    PendingLogin pending = citizen().begin();
    assertFalse(registration.toString().contains(SECRET));
    assertFalse(pending.toString().contains(pending.codeVerifier()));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> new GsisRegistration(" ", SECRET, CALLBACK));
    assertFalse(blank.getMessage().contains(SECRET));
  }

  /** No exception in the chain repeats a secret, the verifier, the state or the code. */
  static void assertNoSecretIn(Throwable thrown, PendingLogin pending, URI callback, String secret) {
    Optional<String> code = Query.parse(callback.getRawQuery()).getOrDefault("code", Optional.empty());
    for (Throwable each = thrown; each != null; each = each.getCause()) {
      String message = String.valueOf(each.getMessage());
      for (String hidden : List.of(secret, pending.codeVerifier(), pending.state(), code.orElse(secret))) {
        assertFalse(message.contains(hidden), "a message repeats a secret: " + each.getClass());
      }
    }
  }
}
