package dev.thyrida.core.clause;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The register in the jar, {@code dev/thyrida/core/clause/register.properties}, read once: the one
 * resource core reads, part of the artifact like its classes (ADR 0019).
 */
final class ClauseRegister {

  private static final String RESOURCE = "register.properties";
  private static final Map<Clause, ClauseText> TEXTS = load();

  private ClauseRegister() {}

  static ClauseText text(Clause clause) {
    return TEXTS.get(clause);
  }

  private static Map<Clause, ClauseText> load() {
    Properties register = new Properties();
    try (InputStream in = ClauseRegister.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the clause register " + RESOURCE + " is missing from the jar");
      }
      register.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("the clause register " + RESOURCE + " cannot be read", unreadable);
    }
    Map<Clause, ClauseText> texts = new EnumMap<>(Clause.class);
    for (Clause clause : Clause.values()) {
      String id = clause.id();
      String sourceId = field(register, id + ".source");
      ClauseSource source = new ClauseSource(sourceId, field(register, "source." + sourceId + ".title.el"),
          field(register, "source." + sourceId + ".title.en"), field(register, "source." + sourceId + ".reference"));
      texts.put(clause, new ClauseText(clause, ClauseKind.valueOf(field(register, id + ".kind").toUpperCase(java.util.Locale.ROOT)),
          source, field(register, id + ".title.en"), field(register, id + ".title.el"), field(register, id + ".greek"),
          field(register, id + ".english")));
    }
    return texts;
  }

  private static String field(Properties register, String key) {
    String value = register.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("the clause register has no " + key);
    }
    return value;
  }
}
