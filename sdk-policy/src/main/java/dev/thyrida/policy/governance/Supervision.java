package dev.thyrida.policy.governance;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.SupervisorTenure;
import java.time.Instant;
import java.util.Optional;

/**
 * Who heads a KEP (προϊστάμενος ΚΕΠ, C1, C7): the supervisor the host last appointed, once the
 * appointment has taken effect.
 */
public final class Supervision {

  private Supervision() {}

  /**
   * The KEP's current supervisor at an instant: the last appointed one, when appointed since then.
   *
   * @param kep the KEP's code
   * @param at the instant
   * @param directory the directory
   * @return the supervisor's tax id, or empty when the KEP is unknown or has no supervisor then
   */
  public static Optional<TaxId> currentSupervisor(KepCode kep, Instant at, Directory directory) {
    return tenureAt(kep, at, directory).map(SupervisorTenure::supervisor);
  }

  /**
   * The KEP's current supervisor's tenure at an instant: the last appointment, once it has taken effect.
   *
   * @param kep the KEP's code
   * @param at the instant
   * @param directory the directory
   * @return the tenure, or empty when the KEP is unknown or has no supervisor then
   */
  public static Optional<SupervisorTenure> tenureAt(KepCode kep, Instant at, Directory directory) {
    return directory.kep(kep).flatMap(Kep::supervisor).filter(tenure -> !tenure.since().isAfter(at));
  }

  /**
   * Tells whether a person is the current supervisor of a KEP.
   *
   * @param person the person
   * @param kep the KEP
   * @param at the instant
   * @param directory the directory
   * @return true when the person is its current supervisor
   */
  public static boolean isCurrentSupervisor(TaxId person, KepCode kep, Instant at, Directory directory) {
    return currentSupervisor(kep, at, directory).filter(person::equals).isPresent();
  }

  /**
   * The KEP of a mailbox, when it is a KEP request mailbox.
   *
   * @param mailbox the mailbox's id
   * @param directory the directory
   * @return the KEP's code, or empty for an unknown or non-KEP mailbox
   */
  public static Optional<KepCode> kepOf(MailboxId mailbox, Directory directory) {
    return directory.mailbox(mailbox).flatMap(Mailbox::kep);
  }
}
