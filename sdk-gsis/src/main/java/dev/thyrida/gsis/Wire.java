package dev.thyrida.gsis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Sends one request and reads at most a bounded answer as UTF-8 text: a bigger one is refused
 * before it fills memory. Internal.
 */
final class Wire {

  private final HttpClient http;
  private final int maxBytes;

  Wire(HttpClient http, int maxBytes) {
    this.http = http;
    this.maxBytes = maxBytes;
  }

  /** An answer: its status, its body and its {@code WWW-Authenticate} challenge, if any. */
  record Answer(int status, String body, String challenge) {

    boolean ok() {
      return status == 200;
    }
  }

  Answer send(GsisStep step, HttpRequest request) {
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
          throw new GsisResponseException(step, "the answer is longer than " + maxBytes + " bytes");
        }
        return new Answer(response.statusCode(), new String(body, StandardCharsets.UTF_8),
            response.headers().firstValue("WWW-Authenticate").orElse(null));
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new GsisUnreachableException(step, new InterruptedIOException("interrupted"));
    } catch (IOException failed) {
      throw new GsisUnreachableException(step, failed);
    }
  }
}
