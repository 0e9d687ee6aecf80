package dev.thyrida.store.host;

import dev.thyrida.store.log.AppendConflict;

/**
 * Every attempt of a submission lost a race to another writer: it was decided afresh each time and
 * each append found the log moved on. Nothing of it was written; the caller may submit it again.
 */
public final class Contended extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many times it was decided. */
  private final int attempts;

  Contended(int attempts, AppendConflict last) {
    super("gave up after " + attempts + " attempts, each lost to another writer; nothing was written", last);
    this.attempts = attempts;
  }

  /**
   * How many times it was decided.
   *
   * @return the attempts
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The last conflict, naming both positions.
   *
   * @return it
   */
  public AppendConflict lastConflict() {
    return (AppendConflict) getCause();
  }
}
