package dev.thyrida.docs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.docs.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/adr/README.md indexes every decision record once, under a topic, in number order")
class AdrIndexTest {

  private static final Path ADRS = Path.of("adr");
  private static final Pattern ROW = Pattern.compile("^\\| \\[(\\d{4})\\]\\((\\d{4}-[a-z0-9-]+\\.md)\\) \\| (.+) \\|$",
      Pattern.MULTILINE);

  @Test
  @DisplayName("every record file has exactly one row, every row names a file that exists, and numbers ascend")
  void indexMatchesTheFiles() throws IOException {
    String index = Snippets.read(ADRS.resolve("README.md"));
    List<String> listed = new ArrayList<>();
    Matcher row = ROW.matcher(index);
    while (row.find()) {
      assertTrue(row.group(2).startsWith(row.group(1) + "-"), row.group());
      assertTrue(Files.exists(ADRS.resolve(row.group(2))), "no file " + row.group(2));
      listed.add(row.group(2));
    }
    try (Stream<Path> files = Files.list(ADRS)) {
      TreeSet<String> records = files.map(file -> file.getFileName().toString())
          .filter(name -> name.matches("\\d{4}-.*\\.md")).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new ArrayList<>(records), listed, "rows in number order, one per record");
    }
    assertTrue(index.contains("\n## "), "rows are grouped under topic headings");
  }
}
