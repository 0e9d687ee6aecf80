package dev.thyrida.core.agency;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import java.util.Set;

/**
 * A public-sector body (φορέας) with the employees who administer its authorisations (K8, X5).
 *
 * @param id the agency's id
 * @param name the agency's name
 * @param administrators who may grant, change and withdraw its employees' authorisations
 */
public record Agency(AgencyId id, String name, Set<TaxId> administrators) {

  /** The longest name, in code points. */
  public static final int MAX_NAME = 256;

  /**
   * Checks the components and freezes the set.
   *
   * @param id the id
   * @param name the name: not blank, no control characters, no surrounding white space
   * @param administrators the administrators
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public Agency {
    Shape.required("Agency", "id", id);
    Shape.text("Agency", "name", name, MAX_NAME);
    administrators = Persistent.set("Agency", "administrators", administrators);
  }

  /**
   * A new agency with no administrators.
   *
   * @param id the id
   * @param name the name
   * @return the agency
   */
  public static Agency of(AgencyId id, String name) {
    return new Agency(id, name, Set.of());
  }

  /**
   * This agency with one more administrator (X5).
   *
   * @param administrator the administrator's tax id
   * @return a copy with the administrator
   */
  public Agency withAdministrator(TaxId administrator) {
    return new Agency(id, name, Persistent.set("Agency", "administrators", administrators).plus(administrator));
  }

  /**
   * This agency without one administrator (D6).
   *
   * @param administrator the administrator's tax id
   * @return a copy without the administrator
   */
  public Agency withoutAdministrator(TaxId administrator) {
    return new Agency(id, name, Persistent.set("Agency", "administrators", administrators).minus(administrator));
  }
}
