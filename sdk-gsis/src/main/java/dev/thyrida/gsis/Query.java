package dev.thyrida.gsis;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The {@code application/x-www-form-urlencoded} form of queries and token requests. Internal. */
final class Query {

  private Query() {}

  /** Encodes name-value pairs in the order given. */
  static String encode(Map<String, String> pairs) {
    StringJoiner out = new StringJoiner("&");
    pairs.forEach((name, value) -> out.add(encode(name) + "=" + encode(value)));
    return out.toString();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * The parameters of a raw query; a name given twice is malformed (RFC 6749 3.1), so it reads as
   * absent, like a value that does not decode.
   */
  static Map<String, Optional<String>> parse(String rawQuery) {
    Map<String, Optional<String>> out = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      Optional<String> value = equals < 0 ? Optional.of("") : Optional.ofNullable(decode(pair.substring(equals + 1)));
      if (name != null) {
        out.merge(name, value, (first, second) -> Optional.empty());
      }
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
