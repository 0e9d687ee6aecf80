package dev.thyrida.store.log;

/**
 * The store failed (unreachable, connection lost, disk full). Says what was being done and whether
 * an append's batch may have been written: false means certainly not written; true only when the
 * connection was lost during the commit and the log could not be asked afterwards.
 */
public final class StoreFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whether the batch may have been written. */
  private final boolean outcomeUnknown;

  /**
   * A failure.
   *
   * @param doing what was being done, e.g. {@code "append after position 41"}
   * @param outcomeUnknown whether a batch may have been written
   * @param cause the store's own exception
   */
  public StoreFailure(String doing, boolean outcomeUnknown, Throwable cause) {
    super("the store failed to " + doing + (outcomeUnknown ? "; the batch may have been written" : "")
        + ": " + cause.getMessage(), cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether an append's batch may have been written.
   *
   * @return true only when the outcome could not be learnt
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
