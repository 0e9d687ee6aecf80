package dev.thyrida.store.log;

/**
 * An append expected the log at one position and found it at another: another writer appended
 * first. Nothing of this batch was written; the caller reloads, decides again and retries.
 */
public final class AppendConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The position the append expected. */
  private final long expected;
  /** The position the log was at. */
  private final long actual;

  /**
   * A conflict.
   *
   * @param expected the position the append expected
   * @param actual the position the log was at
   */
  public AppendConflict(long expected, long actual) {
    super("the log is at position " + actual + ", the append expected " + expected + "; nothing was written");
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The position the append expected.
   *
   * @return it
   */
  public long expected() {
    return expected;
  }

  /**
   * The position the log was at.
   *
   * @return it
   */
  public long actual() {
    return actual;
  }
}
