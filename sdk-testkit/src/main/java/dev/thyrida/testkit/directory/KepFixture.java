package dev.thyrida.testkit.directory;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import java.util.List;
import java.util.Optional;

/**
 * What a builder put at one KEP, so a test can name the people it did not choose itself.
 *
 * @param code the KEP's code
 * @param supervisor its supervisor (προϊστάμενος), if any
 * @param handlers the employees posted there and added as handlers of its mailbox, in order
 * @param staff every employee posted there (supervisor and handlers first), in order
 * @param mailbox its KEP-requests mailbox, if one was created
 */
public record KepFixture(KepCode code, Optional<TaxId> supervisor, List<TaxId> handlers, List<TaxId> staff,
    Optional<MailboxId> mailbox) {

  /**
   * Copies the lists.
   *
   * @param code the KEP's code
   * @param supervisor its supervisor, if any
   * @param handlers its mailbox's handlers
   * @param staff every employee posted there
   * @param mailbox its mailbox, if any
   */
  public KepFixture {
    handlers = List.copyOf(handlers);
    staff = List.copyOf(staff);
  }
}
