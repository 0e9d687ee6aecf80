package dev.thyrida.cli.shell;

/**
 * Input a command cannot read (μη αναγνώσιμη είσοδος): malformed UTF-8, binary bytes, a bad CSV
 * row, a missing file. The message names where (line, or file:line:column) and what is wrong; the
 * command exits with status 2 and writes nothing to standard output.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An input error with its message, already in the reader's language.
   *
   * @param message where and what, e.g. {@code line 3: not valid UTF-8 at byte 5}
   */
  public InputException(String message) {
    super(message);
  }
}
