package dev.thyrida.testkit.property;

/**
 * What broke in one execution: the invariant's label (or which step threw), at which step (0 is the
 * initial state), and the exception, if one was thrown. Internal.
 */
record Failure(String label, int step, Throwable cause) {

  static Failure invariant(String label, int step) {
    return new Failure(label, step, null);
  }

  static Failure thrown(String where, int step, Throwable cause) {
    return new Failure(where + " threw " + cause.getClass().getName(), step, cause);
  }
}
