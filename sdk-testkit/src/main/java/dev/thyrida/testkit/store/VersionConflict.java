package dev.thyrida.testkit.store;

/**
 * An append expected a stream at one version and found it at another: someone else appended first.
 * Nothing was written; the caller reloads, decides again and retries.
 */
public final class VersionConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stream appended to. */
  private final String streamId;
  /** The version the caller expected. */
  private final long expected;
  /** The version the stream was at. */
  private final long actual;

  VersionConflict(String streamId, long expected, long actual) {
    super("stream " + streamId + " is at version " + actual + ", the append expected " + expected);
    this.streamId = streamId;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The stream appended to.
   *
   * @return its id
   */
  public String streamId() {
    return streamId;
  }

  /**
   * The version the caller expected.
   *
   * @return the expected version (0 for a stream that should not exist yet)
   */
  public long expected() {
    return expected;
  }

  /**
   * The version the stream was at.
   *
   * @return the actual version
   */
  public long actual() {
    return actual;
  }
}
