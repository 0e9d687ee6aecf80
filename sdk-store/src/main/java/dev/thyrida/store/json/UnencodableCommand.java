package dev.thyrida.store.json;

/**
 * A command that carries a password or its confirmation was handed to the encoder: it is refused,
 * never written, not even without the secret (D5, ADR 0140). Its message names the command's kind only.
 */
public final class UnencodableCommand extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  UnencodableCommand(Class<?> kind) {
    super(kind.getSimpleName() + " carries a password and is never written (D5)");
  }
}
