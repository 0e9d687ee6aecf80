package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/dev/thyrida/cli/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static TreeMap<String, Set<String>> placeholders(Properties bundle) {
    TreeMap<String, Set<String>> found = new TreeMap<>();
    bundle.stringPropertyNames().forEach(key -> {
      Set<String> names = new TreeSet<>();
      Matcher matcher = PLACEHOLDER.matcher(bundle.getProperty(key));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      found.put(key, names);
    });
    return found;
  }

  @Test
  @DisplayName("The Greek and English sentences of the command line have the same keys and the same named placeholders")
  void sameKeysAndPlaceholders() {
    assertEquals(placeholders(bundle("Messages.properties")), placeholders(bundle("Messages_el.properties")));
  }
}
