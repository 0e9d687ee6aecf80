package com.example.kep.login;

import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.gsis.GsisEndpoints;
import dev.thyrida.gsis.GsisException;
import dev.thyrida.gsis.GsisLogin;
import dev.thyrida.gsis.GsisRegistration;
import dev.thyrida.gsis.PendingLogin;
import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Logs the test user in at the fake GSIS server with Thyrida's client, as a host's login page would,
 * then logs out and tries again; prints one line per step: {@code step|result}.
 */
public final class SignIn {

  private static final URI CALLBACK = URI.create("https://kep.example.com/login/callback");

  private SignIn() {}

  /**
   * Runs the login.
   *
   * @param args none
   * @throws Exception when the browser's part fails
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (FakeGsisServer gsis = FakeGsisServer.builder()
        .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "kep-example", "host-secret", CALLBACK))
        .signedIn(GsisPath.PUBLIC_ADMINISTRATION, GsisIdentity.testUser().padded(20)).start()) {
      GsisLogin login = GsisLogin.builder(GsisEndpoints.at(gsis.baseUri(), GsisEndpoints.PUBLIC_ADMINISTRATION),
          new GsisRegistration("kep-example", "host-secret", CALLBACK)).build();
      PendingLogin pending = login.begin();
      AuthenticatedIdentity who = login.complete(pending, redirectOf(pending.authorizeUri()));
      out.println("login|" + who.userId().value() + "|" + who.taxId().value() + "|" + who.name().family());
      URI home = URI.create("https://kep.example.com/");
      out.println("logout|" + redirectOf(login.logoutUri(home)));
      PendingLogin again = login.begin();
      try {
        login.complete(again, redirectOf(again.authorizeUri()));
        out.println("again|logged in");
      } catch (GsisException refused) {
        out.println("again|" + refused.getClass().getSimpleName() + "|" + refused.getMessage());
      }
    }
  }

  /** The browser: follows one redirect. */
  private static URI redirectOf(URI url) throws IOException, InterruptedException {
    HttpResponse<Void> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }
}
