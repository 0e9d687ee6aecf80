package dev.thyrida.core.kep;

import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import java.time.Instant;

/**
 * An administrator designation awaiting the Ministry's approval (ορισμός διαχειριστή σε αναμονή
 * έγκρισης), when the X3 option is on (C7, X3).
 *
 * @param incoming the incoming administrator's tax id
 * @param designatedBy who designated them (normally the outgoing supervisor)
 * @param at when the designation was made
 */
public record PendingDesignation(TaxId incoming, TaxId designatedBy, Instant at) {

  /**
   * Checks every component is present.
   *
   * @param incoming the incoming administrator
   * @param designatedBy the designator
   * @param at the instant
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public PendingDesignation {
    Shape.required("PendingDesignation", "incoming", incoming);
    Shape.required("PendingDesignation", "designatedBy", designatedBy);
    Shape.required("PendingDesignation", "at", at);
  }
}
