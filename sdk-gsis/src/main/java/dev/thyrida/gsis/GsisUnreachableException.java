package dev.thyrida.gsis;

import java.io.IOException;

/**
 * An endpoint could not be reached or did not answer in time: its {@link #getCause() cause} is the
 * JDK's {@link IOException} (e.g. {@code ConnectException}, {@code HttpTimeoutException}).
 */
public final class GsisUnreachableException extends GsisException {

  private static final long serialVersionUID = 1L;

  GsisUnreachableException(GsisStep step, IOException cause) {
    super(step, "no answer (" + cause.getClass().getSimpleName() + ")", cause);
  }
}
