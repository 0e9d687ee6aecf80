package dev.thyrida.core.identity;


/**
 * The id of a mailbox on gov.gr (θυρίδα): a KEP request mailbox, a citizen's or an agency's (L26-1, X1).
 *
 * <p>Shape: 1 to 64 ASCII letters, digits or {@code . _ : -}.
 *
 * @param value the mailbox's id
 */
public record MailboxId(String value) {

  /**
   * Validates the shape.
   *
   * @param value the mailbox's id
   * @throws InvalidValueException when the value is null or has another shape
   */
  public MailboxId {
    Shape.identifier("MailboxId", value);
  }

  /**
   * Parses the identifier.
   *
   * @param value the mailbox's id
   * @return the identifier
   * @throws InvalidValueException as the constructor does
   */
  public static MailboxId of(String value) {
    return new MailboxId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
