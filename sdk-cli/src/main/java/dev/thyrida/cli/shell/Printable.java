package dev.thyrida.cli.shell;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text from outside (a username, a roster cell, an argument) made safe to show on a terminal
 * (issue 13): every code point that does not print as itself is written as a JSON-style escape
 * {@code \u001B}, so neither an escape sequence (ESC, C1's CSI U+009B) nor a bidi override
 * (U+202A–U+202E, U+2066–U+2069) nor an invisible character (U+200B, U+00A0) ever reaches the
 * screen raw; and a shown value is cut to a bounded length, so one huge cell cannot flood standard
 * error.
 */
public final class Printable {

  /** The most code points of one value that a message shows; the rest is cut and counted. */
  public static final int MOST_SHOWN = 64;

  private Printable() {}

  /**
   * The text with every non-printing code point escaped: C0 and C1 controls, DEL, format characters
   * (bidi controls, zero-width characters, the byte order mark), line and paragraph separators,
   * every space but U+0020, surrogates, private-use and unassigned code points; a backslash is
   * doubled so an escape in the input cannot pose as one made here.
   *
   * @param text the text
   * @return the text, safe to show
   */
  public static String escaped(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        shown.append("\\\\");
      } else if (printsAsItself(text, i)) {
        shown.append(c);
      } else {
        shown.append(String.format("\\u%04X", (int) c));
      }
    }
    return shown.toString();
  }

  /**
   * A message of several lines, each line {@link #escaped}, the line breaks kept.
   *
   * @param message the message
   * @return the message, safe to show
   */
  public static String escapedLines(String message) {
    return Arrays.stream(message.split("\\R", -1)).map(Printable::escaped)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  /**
   * A value cut after {@value #MOST_SHOWN} code points, the rest counted; not escaped.
   *
   * @param value the value
   * @return the value, or its head followed by {@code … (+N)}
   */
  public static String cut(String value) {
    int length = value.codePointCount(0, value.length());
    return length <= MOST_SHOWN ? value
        : value.substring(0, value.offsetByCodePoints(0, MOST_SHOWN)) + "\u2026 (+" + (length - MOST_SHOWN) + ")";
  }

  /**
   * A value as a message quotes it: cut, escaped, its quotes escaped, in double quotes.
   *
   * @param value the value
   * @return e.g. {@code "abc"} or {@code "abc… (+1048512)"}
   */
  public static String quoted(String value) {
    return "\"" + escaped(cut(value)).replace("\"", "\\\"") + "\"";
  }

  /** Whether the char at {@code i} is part of a code point that prints as itself. */
  private static boolean printsAsItself(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return visible(text.codePointAt(i));
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      return visible(text.codePointAt(i - 1));
    }
    return visible(c);
  }

  private static boolean visible(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED:
        return false;
      default:
        return true;
    }
  }
}
