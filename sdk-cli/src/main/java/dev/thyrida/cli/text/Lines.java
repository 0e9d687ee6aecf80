package dev.thyrida.cli.text;

import dev.thyrida.cli.InputException;
import dev.thyrida.cli.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard input as candidates, one per line, exactly as typed (ADR 0061): only LF ends a line, a CR
 * right before it is part of the line ending (CRLF files), any other CR stays in the line; nothing
 * is trimmed; an empty line is an empty candidate; a last line without LF still counts; no input is
 * no candidate. The whole input is decoded before any candidate is judged, so a bad byte anywhere
 * fails the run before anything reaches standard output.
 */
public final class Lines {

  private Lines() {}

  /**
   * Reads and splits the whole stream.
   *
   * @param in standard input
   * @param secret whether the input may hold a password: an input error then names no byte's value (D5)
   * @param language the language of an input error
   * @return the lines, in order; line {@code n} is at index {@code n - 1}
   * @throws InputException when the input is not UTF-8 text
   */
  public static List<String> read(InputStream in, boolean secret, Language language) {
    try {
      return split(Utf8.decodeInput(in.readAllBytes(), secret, language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits decoded text into lines by the rules above.
   *
   * @param text the decoded input
   * @return the lines
   */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        lines.add(text.substring(from));
        break;
      }
      int cut = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(text.substring(from, cut));
      from = end + 1;
    }
    return lines;
  }
}
