package dev.thyrida.gsis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The person's browser in the tests: visits a URL and reports where it was redirected. */
final class Browser {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private Browser() {}

  /** Visits a URL that must redirect, and returns the redirect's target. */
  static URI redirectOf(URI url) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 3) {
      throw new AssertionError("expected a redirect from " + url + ", got HTTP " + response.statusCode());
    }
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }
}
