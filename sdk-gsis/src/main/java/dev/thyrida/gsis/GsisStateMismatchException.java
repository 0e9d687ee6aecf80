package dev.thyrida.gsis;

/**
 * The browser came back with no state, or with another login's state (RFC 6749 10.12): a forged or
 * replayed callback, or a login the session no longer holds. Neither state is repeated.
 */
public final class GsisStateMismatchException extends GsisException {

  private static final long serialVersionUID = 1L;

  GsisStateMismatchException(boolean missing) {
    super(GsisStep.AUTHORIZE, missing ? "the callback carries no state" : "the callback's state is not this login's", null);
  }
}
