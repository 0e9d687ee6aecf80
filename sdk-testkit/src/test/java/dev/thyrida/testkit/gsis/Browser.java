package dev.thyrida.testkit.gsis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain JDK HTTP client playing the browser and the relying party, as a real one would. */
final class Browser {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final FakeGsisServer gsis;

  Browser(FakeGsisServer gsis) {
    this.gsis = gsis;
  }

  HttpResponse<String> authorize(GsisPath path, Map<String, String> query) {
    return send(HttpRequest.newBuilder(URI.create(gsis.authorizeUri(path) + "?" + form(query))).GET());
  }

  HttpResponse<String> token(GsisPath path, Map<String, String> form) {
    return send(HttpRequest.newBuilder(gsis.tokenUri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
  }

  HttpResponse<String> tokenWithBasic(GsisPath path, String id, String secret, Map<String, String> form) {
    String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(gsis.tokenUri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Basic " + basic)
        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
  }

  HttpResponse<String> userinfo(GsisPath path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(gsis.userinfoUri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The query parameters of a redirect's Location. */
  static Map<String, String> redirectParameters(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return parameters;
  }

  static String jsonString(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
