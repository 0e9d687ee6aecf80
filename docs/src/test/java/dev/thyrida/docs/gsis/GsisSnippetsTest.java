package dev.thyrida.docs.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.docs.Snippets;
import dev.thyrida.gsis.GsisDeniedException;
import dev.thyrida.gsis.GsisEndpoints;
import dev.thyrida.gsis.GsisException;
import dev.thyrida.gsis.GsisLogin;
import dev.thyrida.gsis.GsisRegistration;
import dev.thyrida.gsis.GsisStateMismatchException;
import dev.thyrida.gsis.PendingLogin;
import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/gsis.md: its snippet runs against the fake GSIS server and is the one the page shows")
class GsisSnippetsTest {

  private static final URI CALLBACK = URI.create("https://kep.example.gr/login/callback");

  /** The browser between the two halves of the login: follows the one redirect. */
  private static URI browserFollows(URI url) throws Exception {
    return URI.create(HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
        HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow());
  }

  @Test
  @DisplayName("X6: begin, complete, log out, as the page shows")
  void theLoginOfThePage() throws Exception {
    try (FakeGsisServer gsis = FakeGsisServer.builder()
        .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "my-kep-app", "the-secret", CALLBACK))
        .signedIn(GsisPath.PUBLIC_ADMINISTRATION, GsisIdentity.testUser()).start()) {
      URI server = gsis.baseUri();
      String secretFromTheVault = "the-secret";
      Map<String, Object> session = new HashMap<>();   // the host's session
      // tag::login[]
      GsisLogin login = GsisLogin.builder(
              GsisEndpoints.at(server, GsisEndpoints.PUBLIC_ADMINISTRATION),   // or CITIZEN
              new GsisRegistration("my-kep-app", secretFromTheVault, CALLBACK))
          .build();                                                          // one per host, thread-safe

      PendingLogin pending = login.begin();          // keep it in the person's session
      URI sendTheBrowserTo = pending.authorizeUri();  // 302 to GSIS

      // … the browser comes back to CALLBACK?code=…&state=…
      URI callback = browserFollows(sendTheBrowserTo);
      try {
        AuthenticatedIdentity who = login.complete(pending, callback);
        session.put("identity", who);                 // logged in
      } catch (GsisStateMismatchException forged) {
        // not this session's login: start again
      } catch (GsisDeniedException refused) {
        // the person did not log in (refused.error(): e.g. access_denied)
      } catch (GsisException failed) {
        // failed.step() and the subclass say what; the message holds no secret
      }

      URI logout = login.logoutUri(URI.create("https://kep.example.gr/"));   // 302 there to log out
      // end::login[]
      assertEquals(URI.create("https://kep.example.gr/"), browserFollows(logout));
      PendingLogin again = login.begin();
      assertThrows(GsisDeniedException.class,
          () -> login.complete(again, browserFollows(again.authorizeUri())));
      assertEquals("ΧΡΗΣΤΗΣ", ((AuthenticatedIdentity) session.get("identity")).name().given());
    }
  }

  @Test
  @DisplayName("docs/gsis.md shows the snippet word for word")
  void thePageShowsTheSnippet() throws Exception {
    String page = Snippets.read(Path.of("gsis.md"));
    String snippet = Snippets.between(
        Snippets.read(Path.of("src/test/java/dev/thyrida/docs/gsis/GsisSnippetsTest.java")), "login");
    assertTrue(page.contains(snippet), "docs/gsis.md lacks:\n" + snippet);
  }
}
