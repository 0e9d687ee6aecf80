package dev.thyrida.core.kep;

import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import java.time.Instant;

/**
 * Who heads a KEP and since when (προϊστάμενος ΚΕΠ): an HR fact, not a mailbox action (C1, C7).
 *
 * @param supervisor the supervisor's tax id
 * @param since when the tenure started
 */
public record SupervisorTenure(TaxId supervisor, Instant since) {

  /**
   * Checks both components are present.
   *
   * @param supervisor the supervisor
   * @param since the start
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public SupervisorTenure {
    Shape.required("SupervisorTenure", "supervisor", supervisor);
    Shape.required("SupervisorTenure", "since", since);
  }
}
