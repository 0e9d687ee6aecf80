package dev.thyrida.docs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.Command;
import dev.thyrida.docs.Snippets;
import dev.thyrida.policy.access.CommandAccess;
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Rule;
import dev.thyrida.policy.rulebook.Rulebook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The decision tables of docs/governance.md and docs/access.md are read back and compared with the handlings. */
@DisplayName("C1-C10, L26, K1-K8: the pages' decision tables say what the handlings do, rule by rule")
class DecisionTablesTest {

  private static final Pattern SECTION = Pattern.compile("^### .* — `(\\w+)\\(", Pattern.MULTILINE);
  private static final Pattern NUMBERED = Pattern.compile("^\\| (\\d+) \\| `(\\w+)`", Pattern.MULTILINE);
  private static final Pattern PREFIX = Pattern.compile("^\\| 1–9 \\| time and access \\(`(\\w+)`", Pattern.MULTILINE);
  private static final Pattern OTHER_FACT = Pattern.compile("^\\| `(\\w+)` \\| (.*?) \\| `\\w+`", Pattern.MULTILINE);
  private static final Pattern RULE_NAME = Pattern.compile("`([A-Z][a-z]\\w*)`");
  private static final Pattern ACCESS_ROW = Pattern.compile("^\\| `(\\w+)` \\| `([A-Z_]+)`", Pattern.MULTILINE);

  private static Map<String, Handling<?>> handlings() {
    Map<String, Handling<?>> byKind = new LinkedHashMap<>();
    Stream.of(Rulebook.families()).flatMap(family -> family.handlings().stream())
        .forEach(handling -> byKind.put(handling.kind().getSimpleName(), handling));
    return byKind;
  }

  /** The command's own rules: those after time and the access rules. */
  private static List<String> own(Handling<?> handling) {
    List<String> names = handling.rules().stream().map(Rule::name).collect(Collectors.toList());
    return names.subList(1 + Gate.names().size(), names.size());
  }

  @SuppressWarnings("unchecked")
  private static String action(Handling<?> handling) {
    return CommandAccess.action((Class<? extends Command>) handling.kind()).orElseThrow().name();
  }

  @Test
  @DisplayName("C1-C10: every command section of docs/governance.md lists its action and its own rules in order")
  void governanceTables() throws IOException {
    String page = Snippets.read(Path.of("governance.md"));
    Map<String, Handling<?>> handlings = handlings();
    Matcher section = SECTION.matcher(page);
    List<Integer> starts = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    while (section.find()) {
      starts.add(section.start());
      kinds.add(section.group(1));
    }
    starts.add(page.indexOf("### The other HR and setup facts"));
    assertEquals(11, kinds.size(), kinds::toString);
    for (int i = 0; i < kinds.size(); i++) {
      String body = page.substring(starts.get(i), starts.get(i + 1));
      Handling<?> handling = handlings.get(kinds.get(i));
      Matcher prefix = PREFIX.matcher(body);
      assertTrue(prefix.find(), kinds.get(i) + ": no row 1–9 naming the action");
      assertEquals(action(handling), prefix.group(1), kinds.get(i));
      List<String> listed = new ArrayList<>();
      Matcher row = NUMBERED.matcher(body);
      int expected = 10;
      while (row.find()) {
        assertEquals(expected++, Integer.parseInt(row.group(1)), kinds.get(i) + " numbering");
        listed.add(row.group(2));
      }
      assertEquals(own(handling), listed, kinds.get(i));
    }
  }

  @Test
  @DisplayName("C1, C3, X5: the table of the other HR and setup facts lists each fact's own rules in order")
  void otherFactsTable() throws IOException {
    String page = Snippets.read(Path.of("governance.md"));
    String table = page.substring(page.indexOf("### The other HR and setup facts"), page.indexOf("## The invariants"));
    Matcher row = OTHER_FACT.matcher(table);
    int rows = 0;
    while (row.find()) {
      Handling<?> handling = handlings().get(row.group(1));
      List<String> listed = new ArrayList<>();
      Matcher name = RULE_NAME.matcher(row.group(2));
      while (name.find()) {
        listed.add(name.group(1));
      }
      assertEquals(own(handling), listed, row.group(1));
      rows++;
    }
    assertEquals(6, rows);
  }

  @Test
  @DisplayName("L26, K2-K8, X5: the account and casework tables of docs/access.md name each command's action")
  void accessTablesNameTheActions() throws IOException {
    String page = Snippets.read(Path.of("access.md"));
    Map<String, Handling<?>> handlings = handlings();
    Matcher row = ACCESS_ROW.matcher(page);
    int rows = 0;
    while (row.find()) {
      Handling<?> handling = handlings.get(row.group(1));
      if (handling != null) {
        assertEquals(action(handling), row.group(2), row.group(1));
        rows++;
      }
    }
    assertEquals(14, rows, "the six account and eight casework commands");
  }
}
