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

/** docs/api-stability.md's package table is read back and compared with every published module's module-info. */
@DisplayName("docs/api-stability.md lists exactly the exported packages of each module as API, and the rest as internal")
class ApiStabilityTest {

  private static final Pattern MODULE = Pattern.compile("^module ([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports ([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)` \\| (.*?) \\| (.*?) \\|$", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("`(dev\\.thyrida[\\w.]*)`");

  @Test
  @DisplayName("every module of the SDK has a row whose API column is its unqualified exports and whose internal column is the rest")
  void tableMatchesTheModules() throws IOException {
    String page = Snippets.read(Path.of("api-stability.md"));
    List<String> checked = new ArrayList<>();
    for (Path moduleInfo : moduleInfos()) {
      String source = Files.readString(moduleInfo);
      Matcher name = MODULE.matcher(source);
      if (!name.find() || !name.group(1).startsWith("dev.thyrida")) {
        continue;
      }
      Path sources = moduleInfo.getParent();
      TreeSet<String> all = packages(sources);
      TreeSet<String> exported = new TreeSet<>();
      Matcher export = EXPORT.matcher(source);
      while (export.find()) {
        exported.add(export.group(1));
      }
      all.removeAll(exported);
      Matcher row = findRow(page, name.group(1));
      assertEquals(exported, names(row.group(2)), name.group(1) + ": API packages");
      assertEquals(all, names(row.group(3)), name.group(1) + ": internal packages");
      checked.add(name.group(1));
    }
    assertTrue(checked.contains("dev.thyrida.core") && checked.contains("dev.thyrida.policy"), checked::toString);
  }

  private static Matcher findRow(String page, String module) {
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      if (row.group(1).equals(module)) {
        return row;
      }
    }
    throw new AssertionError("docs/api-stability.md has no row for the module " + module);
  }

  private static TreeSet<String> names(String cell) {
    TreeSet<String> names = new TreeSet<>();
    Matcher name = PACKAGE.matcher(cell);
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  private static List<Path> moduleInfos() throws IOException {
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      return modules.map(module -> module.resolve("src/main/java/module-info.java")).filter(Files::exists).sorted()
          .collect(Collectors.toList());
    }
  }

  private static TreeSet<String> packages(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(file -> file.getFileName().toString().equals("package-info.java"))
          .map(file -> sources.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
