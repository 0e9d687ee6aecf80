package dev.thyrida.cli.shell;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or error as UTF-8 that remembers why a write failed (docs/cli.md, output failures): a
 * {@link PrintWriter} swallows the {@link IOException}, and a closed pipe ({@code | head -1}) must
 * be told apart from a full disk, since a Unix tool stops quietly at the first and reports the
 * second.
 */
public final class Output extends PrintWriter {

  private final Watched stream;

  private Output(Watched stream) {
    super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    this.stream = stream;
  }

  /**
   * UTF-8 text written to a stream.
   *
   * @param stream the stream, e.g. the process's standard output
   * @return the writer
   */
  public static Output to(OutputStream stream) {
    return new Output(new Watched(stream));
  }

  /**
   * Whether a write failed because the reader closed the pipe (EPIPE, "Broken pipe").
   *
   * @return true once such a write failed
   */
  public boolean pipeClosed() {
    return stream.pipeClosed;
  }

  /** The stream that records the reason of its first failed write. */
  private static final class Watched extends FilterOutputStream {
    private volatile boolean pipeClosed;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        pipeClosed |= String.valueOf(e.getMessage()).contains("Broken pipe");
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        pipeClosed |= String.valueOf(e.getMessage()).contains("Broken pipe");
        throw e;
      }
    }
  }
}
