package dev.thyrida.gsis;

/**
 * An answer that is not what the protocol says: a token answer that is not a JSON object or lacks a
 * bearer {@code access_token}, a userinfo answer policy refuses to read as an identity (its {@link
 * #getCause() cause} is then policy's {@code InvalidUserinfoException}), a callback with neither a code
 * nor an error, or an answer over the size limit.
 */
public final class GsisResponseException extends GsisException {

  private static final long serialVersionUID = 1L;

  GsisResponseException(GsisStep step, String what) {
    super(step, what, null);
  }

  GsisResponseException(GsisStep step, String what, RuntimeException cause) {
    super(step, what, cause);
  }
}
