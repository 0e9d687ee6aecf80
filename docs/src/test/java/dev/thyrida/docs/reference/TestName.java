package dev.thyrida.docs.reference;

import dev.thyrida.core.clause.Clause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test's display name that begins with the clauses it proves ({@code "C5, D6: …"}), and the file
 * it is in, relative to the repository's root.
 *
 * @param file e.g. {@code sdk-policy/src/test/java/dev/thyrida/policy/governance/StaffTest.java}
 * @param text the display name
 * @param clauses the clauses its prefix names, ranges ({@code K4-K6}) and families ({@code L26}) spread out
 */
record TestName(String file, String text, List<Clause> clauses) {

  private static final Pattern DISPLAY_NAME =
      Pattern.compile("@DisplayName\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)\\)");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern RANGE = Pattern.compile("([A-Z]+)(\\d+)[-–]([A-Z]+)?(\\d+)");

  /**
   * Every display name citing clauses in the test sources of the repository's modules.
   *
   * @param root the repository's root
   * @return the names, by file and then in the order written
   */
  static List<TestName> scan(Path root) {
    try (Stream<Path> modules = Files.list(root)) {
      List<TestName> names = new ArrayList<>();
      for (Path module : modules.sorted().collect(Collectors.toList())) {
        Path tests = module.resolve("src/test/java");
        if (Files.isDirectory(tests)) {
          try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted()
                .collect(Collectors.toList())) {
              names.addAll(read(root, file));
            }
          }
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<TestName> read(Path root, Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String relative = root.relativize(file).toString().replace('\\', '/');
    List<TestName> names = new ArrayList<>();
    Matcher annotation = DISPLAY_NAME.matcher(source);
    while (annotation.find()) {
      StringBuilder text = new StringBuilder();
      Matcher literal = LITERAL.matcher(annotation.group(1));
      while (literal.find()) {
        text.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
      clausesOf(text.toString()).ifPresent(clauses -> names.add(new TestName(relative, text.toString(), clauses)));
    }
    return names;
  }

  /**
   * The clauses a display name begins with, when everything before its first colon names clauses.
   *
   * @param name the display name
   * @return the clauses, or empty when the name does not begin with clauses
   */
  static Optional<List<Clause>> clausesOf(String name) {
    int colon = name.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    List<Clause> clauses = new ArrayList<>();
    for (String token : name.substring(0, colon).split(",")) {
      List<Clause> named = named(token.trim());
      if (named.isEmpty()) {
        return Optional.empty();
      }
      named.stream().filter(clause -> !clauses.contains(clause)).forEach(clauses::add);
    }
    return Optional.of(clauses);
  }

  private static List<Clause> named(String token) {
    for (Clause clause : Clause.values()) {
      if (clause.id().equals(token)) {
        return List.of(clause);
      }
    }
    if (token.equals("L26")) {
      return List.of(Clause.L26_1, Clause.L26_2, Clause.L26_3);
    }
    Matcher range = RANGE.matcher(token);
    if (!range.matches() || (range.group(3) != null && !range.group(3).equals(range.group(1)))) {
      return List.of();
    }
    List<Clause> spread = new ArrayList<>();
    for (int number = Integer.parseInt(range.group(2)); number <= Integer.parseInt(range.group(4)); number++) {
      String id = range.group(1) + number;
      Stream.of(Clause.values()).filter(clause -> clause.id().equals(id)).forEach(spread::add);
    }
    return spread;
  }
}
