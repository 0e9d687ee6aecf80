package dev.thyrida.cli.text;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Standard input as candidates, one line at a time, exactly as typed (docs/cli.md, standard input): only LF ends a
 * line, a CR right before it is part of the line ending (CRLF files), any other CR stays in the
 * line; nothing is trimmed; an empty line is an empty candidate; a last line without LF still
 * counts; no input is no candidate. Lines are read and decoded one at a time, so memory stays flat
 * in the number of lines; a line longer than {@value #MOST_BYTES} bytes, or not UTF-8, is an input
 * error naming the line, found when that line is reached.
 */
public final class Lines {

  /** The longest line, in bytes, a candidate may have: far above any username or password. */
  public static final int MOST_BYTES = 4096;

  private final InputStream in;
  private final boolean secret;
  private final Language language;
  private final byte[] line = new byte[MOST_BYTES + 1];
  private long number;
  private boolean ended;

  /**
   * A reader of standard input's lines.
   *
   * @param in standard input
   * @param secret whether the input may hold a password: an input error then names no byte's value (D5)
   * @param language the language of an input error
   */
  public Lines(InputStream in, boolean secret, Language language) {
    this.in = new BufferedInputStream(in);
    this.secret = secret;
    this.language = language;
  }

  /**
   * The next line, decoded.
   *
   * @return the line, or empty at the end of the input
   * @throws InputException when the line is too long or not UTF-8 text
   */
  public Optional<String> next() {
    if (ended) {
      return Optional.empty();
    }
    try {
      int length = 0;
      int read = in.read();
      if (read < 0) {
        ended = true;
        return Optional.empty();
      }
      number++;
      while (read >= 0 && read != '\n') {
        if (length == MOST_BYTES) {
          throw new InputException(language.text("input.line-long", "line", number, "most", MOST_BYTES));
        }
        line[length++] = (byte) read;
        read = in.read();
      }
      ended = read < 0;
      int end = read == '\n' && length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      return Optional.of(Utf8.decodeLine(Arrays.copyOf(line, end), number, secret, language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The number of the line {@link #next()} returned last, counted from 1.
   *
   * @return the line number, 0 before the first line
   */
  public long number() {
    return number;
  }
}
