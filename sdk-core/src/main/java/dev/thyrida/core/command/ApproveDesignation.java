package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Approve a pending administrator designation, as the Ministry (έγκριση ορισμού διαχειριστή, X3).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param incoming the incoming administrator
 */
public record ApproveDesignation(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId incoming) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param incoming the incoming administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ApproveDesignation {
    Shape.required("ApproveDesignation", "actor", actor);
    Shape.required("ApproveDesignation", "issuedAt", issuedAt);
    Shape.required("ApproveDesignation", "mailbox", mailbox);
    Shape.required("ApproveDesignation", "incoming", incoming);
  }
}
