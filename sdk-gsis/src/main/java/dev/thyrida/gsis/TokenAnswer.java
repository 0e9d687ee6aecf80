package dev.thyrida.gsis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The token endpoint's JSON answer (RFC 6749 5.1, 5.2), read with Jackson's streaming parser: one
 * object whose top-level members are kept when they are strings or whole numbers; nested values are
 * skipped. Internal.
 */
final class TokenAnswer {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(16_384).build())
      .build();

  private final Map<String, String> strings;
  private final Map<String, Long> numbers;

  private TokenAnswer(Map<String, String> strings, Map<String, Long> numbers) {
    this.strings = strings;
    this.numbers = numbers;
  }

  /** Reads the answer, or refuses it naming what is wrong (never quoting it: it holds the token). */
  static TokenAnswer read(String body) {
    Map<String, String> strings = new HashMap<>();
    Map<String, Long> numbers = new HashMap<>();
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notAnObject();
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          strings.put(name, parser.getText());
        } else if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          numbers.put(name, parser.getLongValue());
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw notAnObject();
      }
    } catch (IOException malformed) {
      throw notAnObject();
    }
    return new TokenAnswer(strings, numbers);
  }

  private static GsisResponseException notAnObject() {
    return new GsisResponseException(GsisStep.TOKEN, "the answer is not one JSON object");
  }

  Optional<String> string(String name) {
    return Optional.ofNullable(strings.get(name));
  }

  /** A successful answer's bearer token (RFC 6749 5.1, RFC 6750). */
  AccessToken accessToken() {
    String value = string("access_token").filter(text -> !text.isEmpty())
        .orElseThrow(() -> new GsisResponseException(GsisStep.TOKEN, "the answer has no access_token"));
    if (!string("token_type").map("bearer"::equalsIgnoreCase).orElse(false)) {
      throw new GsisResponseException(GsisStep.TOKEN, "the token_type is not bearer");
    }
    Optional<Duration> lifetime = Optional.ofNullable(numbers.get("expires_in"))
        .filter(seconds -> seconds > 0).map(Duration::ofSeconds);
    return new AccessToken(value, lifetime);
  }
}
