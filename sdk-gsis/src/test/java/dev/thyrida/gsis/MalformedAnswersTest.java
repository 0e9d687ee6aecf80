package dev.thyrida.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A server that answers what each test sets: what the client does with answers no real server should give. */
@DisplayName("GSIS login: answers that break the protocol are refused by name")
class MalformedAnswersTest {

  private static final URI CALLBACK = URI.create("https://kep.example.gr/cb");

  private final AtomicReference<int[]> status = new AtomicReference<>(new int[] {200});
  private final AtomicReference<String> body = new AtomicReference<>("");
  private final AtomicReference<String> challenge = new AtomicReference<>();
  private HttpServer server;
  private GsisLogin login;
  private PendingLogin pending;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
      if (challenge.get() != null) {
        exchange.getResponseHeaders().set("WWW-Authenticate", challenge.get());
      }
      exchange.sendResponseHeaders(status.get()[0], bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    login = GsisLogin.builder(GsisEndpoints.at(base, GsisEndpoints.CITIZEN),
        new GsisRegistration("kep-host", "the-secret", CALLBACK)).maxAnswerBytes(1024).build();
    pending = login.begin();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(int code, String text) {
    status.set(new int[] {code});
    body.set(text);
  }

  private GsisResponseException tokenRefused(String text) {
    answer(200, text);
    return assertThrows(GsisResponseException.class, () -> login.exchange(pending, "code-1"));
  }

  @Test
  @DisplayName("RFC 6749 5.1: a token answer that is not one JSON object is refused without quoting it")
  void notJson() {
    for (String text : new String[] {"", "<html>", "[1]", "{\"access_token\":\"t\"", "{\"access_token\":\"t\"} {}", "{\"a\":01}"}) {
      assertEquals("GSIS token: the answer is not one JSON object", tokenRefused(text).getMessage(), text);
    }
  }

  @Test
  @DisplayName("RFC 6749 5.1: a token answer needs a non-empty access_token of type bearer")
  void notABearerToken() {
    assertEquals("GSIS token: the answer has no access_token",
        tokenRefused("{\"token_type\":\"bearer\",\"access_token\":\"\"}").getMessage());
    assertEquals("GSIS token: the answer has no access_token", tokenRefused("{\"token_type\":\"bearer\",\"access_token\":7}").getMessage());
    assertEquals("GSIS token: the token_type is not bearer",
        tokenRefused("{\"access_token\":\"tok-123\",\"token_type\":\"mac\"}").getMessage());
  }

  @Test
  @DisplayName("RFC 6749 5.1: nested members are skipped, expires_in is read when it is a positive whole number")
  void lenientWhereTheRfcIs() {
    answer(200, "{\"access_token\":\"tok-123\",\"token_type\":\"Bearer\",\"extra\":{\"a\":[1,{\"b\":null}]},\"expires_in\":300}");
    AccessToken token = login.exchange(pending, "code-1");
    assertEquals("tok-123", token.value());
    assertEquals(Optional.of(java.time.Duration.ofMinutes(5)), token.expiresIn());
    answer(200, "{\"access_token\":\"tok-123\",\"token_type\":\"bearer\",\"expires_in\":-4}");
    assertEquals(Optional.empty(), login.exchange(pending, "code-1").expiresIn());
  }

  @Test
  @DisplayName("a refusal whose body is not JSON, or whose error code is malformed, keeps only the status")
  void statusWithoutAReadableError() {
    answer(502, "<html>Bad gateway</html>");
    GsisStatusException gateway = assertThrows(GsisStatusException.class, () -> login.exchange(pending, "code-1"));
    assertEquals("GSIS token: HTTP 502", gateway.getMessage());
    answer(400, "{\"error\":\"bad\\\"quote\"}");
    assertEquals(Optional.empty(), assertThrows(GsisStatusException.class, () -> login.exchange(pending, "c")).error());
  }

  @Test
  @DisplayName("an answer longer than the limit is refused before it is read whole")
  void tooLong() {
    assertEquals("GSIS token: the answer is longer than 1024 bytes",
        tokenRefused("{\"access_token\":\"" + "x".repeat(2000) + "\",\"token_type\":\"bearer\"}").getMessage());
  }

  @Test
  @DisplayName("RFC 6750 3: userinfo's refusal reads its error from the challenge; a body that is not userinfo is refused")
  void userinfoAnswers() {
    AccessToken token = new AccessToken("tok-123", Optional.empty());
    answer(401, "");
    challenge.set("Bearer realm=\"gsis\", error=\"invalid_token\"");
    assertEquals(Optional.of("invalid_token"), assertThrows(GsisStatusException.class, () -> login.userinfo(token)).error());
    challenge.set("Bearer realm=\"gsis\"");
    assertEquals(Optional.empty(), assertThrows(GsisStatusException.class, () -> login.userinfo(token)).error());
    challenge.set(null);
    answer(200, "{\"not\":\"xml\"}");
    GsisResponseException refused = assertThrows(GsisResponseException.class, () -> login.userinfo(token));
    assertEquals(GsisStep.USERINFO, refused.step());
  }

  @Test
  @DisplayName("RFC 6749 4.1.2: a callback with the right state but neither code nor error is refused")
  void callbackWithoutCode() {
    URI callback = URI.create(CALLBACK + "?state=" + Query.encode(pending.state()));
    assertEquals("GSIS authorization: the callback has neither a code nor an error",
        assertThrows(GsisResponseException.class, () -> login.complete(pending, callback)).getMessage());
    URI twice = URI.create(CALLBACK + "?state=" + Query.encode(pending.state()) + "&state=x&code=c");
    assertThrows(GsisStateMismatchException.class, () -> login.complete(pending, twice));
  }
}
