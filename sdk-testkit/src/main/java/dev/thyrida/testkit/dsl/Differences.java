package dev.thyrida.testkit.dsl;

import dev.thyrida.core.directory.Directory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The entries in which two directories differ, over the directory's public views, for a failure message. */
final class Differences {

  private static final int MOST = 12;

  private Differences() {}

  static String between(Directory expected, Directory actual) {
    List<String> lines = new ArrayList<>();
    compare(lines, "KEP", expected, actual, Directory::keps);
    compare(lines, "mailbox", expected, actual, Directory::mailboxes);
    compare(lines, "agency", expected, actual, Directory::agencies);
    compare(lines, "employee", expected, actual, Directory::employees);
    compare(lines, "account", expected, actual, Directory::accounts);
    if (lines.isEmpty()) {
      return "  (KEPs, mailboxes, agencies, employees and accounts agree: they differ in postings, requests or documents)";
    }
    List<String> shown = lines.size() > MOST ? lines.subList(0, MOST) : lines;
    return String.join("\n", shown) + (lines.size() > MOST ? "\n  … and " + (lines.size() - MOST) + " more" : "");
  }

  private static void compare(List<String> lines, String what, Directory expected, Directory actual,
      Function<Directory, Collection<?>> view) {
    Set<Object> wanted = new LinkedHashSet<>(view.apply(expected));
    Set<Object> found = new LinkedHashSet<>(view.apply(actual));
    wanted.stream().filter(entry -> !found.contains(entry))
        .forEach(entry -> lines.add("  expected " + what + ": " + entry));
    found.stream().filter(entry -> !wanted.contains(entry))
        .forEach(entry -> lines.add("  but found " + what + ": " + entry));
  }
}
