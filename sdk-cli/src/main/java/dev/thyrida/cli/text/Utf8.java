package dev.thyrida.cli.text;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict UTF-8 decoding of a CSV file or of one line of standard input, docs/cli.md, standard input: a leading byte
 * order mark is dropped; a malformed or truncated sequence or an encoded surrogate is an input error
 * naming the line and the byte column, every one of them up to {@value #MOST_REPORTED}. A NUL byte
 * is valid UTF-8: on standard input it is a character of its line like any other (the policy judges
 * it), in a CSV file it is binary data, not text (a UTF-16 export), and refused. Nothing is ever
 * replaced by U+FFFD or silently accepted. When the input may hold a secret, a bad byte is named by
 * its place only, never by its value (D5).
 */
public final class Utf8 {

  /** The most errors one input error lists; the rest are counted. */
  public static final int MOST_REPORTED = 10;

  private static final int LF = '\n';

  private Utf8() {}

  /**
   * Decodes a file as UTF-8 text, or fails naming every bad place ({@code source:line:column}) and
   * each bad byte's value; a NUL byte is refused as binary data.
   *
   * @param bytes the file's content
   * @param source the file's name, e.g. {@code keps.csv}
   * @param language the language of the error message
   * @return the text, without a leading byte order mark
   * @throws InputException naming {@code source:line:column} of each problem
   */
  public static String decodeFile(byte[] bytes, String source, Language language) {
    return decode(bytes, source, language, true, true);
  }

  /**
   * Decodes one line of standard input as UTF-8, NUL bytes included, or fails naming every bad place
   * as {@code line L, byte C}; the bad byte's value is named only when the input holds no secret. A
   * byte order mark is dropped from line 1 only, where it is the input's encoding signature.
   *
   * @param bytes the line, without its line ending
   * @param line the line's number, from 1
   * @param secret whether the input may hold a password (D5: no byte of it is ever shown)
   * @param language the language of the error message
   * @return the text
   * @throws InputException naming {@code line L, byte C} of each problem
   */
  public static String decodeLine(byte[] bytes, long line, boolean secret, Language language) {
    return decode(bytes, "", line, language, false, !secret);
  }

  private static String decode(byte[] bytes, String source, Language language, boolean refuseNul, boolean showBytes) {
    return decode(bytes, source, 1, language, refuseNul, showBytes);
  }

  private static String decode(byte[] bytes, String source, long firstLine, Language language, boolean refuseNul,
      boolean showBytes) {
    int start = firstLine == 1 && hasByteOrderMark(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Integer> bad = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      bad.add(in.position());
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    for (int i = start; refuseNul && i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bad.add(i);
      }
    }
    if (!bad.isEmpty()) {
      throw new InputException(describe(bytes, bad, source, firstLine, language, showBytes));
    }
    return out.flip().toString();
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String describe(byte[] bytes, List<Integer> offsets, String source, long firstLine,
      Language language, boolean showBytes) {
    StringBuilder message = new StringBuilder();
    List<Integer> sorted = offsets.stream().sorted().toList();
    for (int offset : sorted.subList(0, Math.min(MOST_REPORTED, sorted.size()))) {
      if (message.length() > 0) {
        message.append(System.lineSeparator());
      }
      message.append(place(bytes, offset, source, firstLine, language)).append(what(bytes[offset], language, showBytes));
    }
    if (sorted.size() > MOST_REPORTED) {
      message.append(System.lineSeparator()).append(language.text("input.more", "count", sorted.size() - MOST_REPORTED));
    }
    return message.toString();
  }

  private static String what(byte bad, Language language, boolean showBytes) {
    if (bad == 0) {
      return language.text("input.nul");
    }
    return showBytes ? language.text("input.utf8", "byte", String.format("0x%02X", bad & 0xFF))
        : language.text("input.utf8-hidden");
  }

  /** {@code source:line:column: } for a file, {@code line L, byte C: } for standard input; both count from 1. */
  private static String place(byte[] bytes, int offset, String source, long firstLine, Language language) {
    long line = firstLine;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == LF) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    return source.isEmpty() ? language.text("input.line", "line", line, "column", column) + ": "
        : source + ":" + line + ":" + column + ": ";
  }
}
