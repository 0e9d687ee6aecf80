package dev.thyrida.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the documentation pages and the tagged regions of the example sources they show. */
public final class Snippets {

  private Snippets() {}

  /**
   * A file of the docs module, as UTF-8.
   *
   * @param path relative to the docs module, e.g. {@code testkit.md}
   * @return its text
   * @throws IOException when it cannot be read
   */
  public static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /**
   * The lines between {@code // tag::name[]} and {@code // end::name[]}, without their common indent.
   *
   * @param source the source text
   * @param name the tag's name
   * @return the region, each line ending with a newline
   */
  public static String between(String source, String name) {
    String start = "// tag::" + name + "[]\n";
    int from = source.indexOf(start);
    if (from < 0) {
      throw new IllegalArgumentException("no region " + name);
    }
    from += start.length();
    int to = source.lastIndexOf("\n", source.indexOf("// end::" + name + "[]")) + 1;
    String[] lines = source.substring(from, to).split("\n");
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
