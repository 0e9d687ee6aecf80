package dev.thyrida.testkit.sequences;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.directory.TaxIds;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The people a sequence may name besides those the directory already holds (πρόσωπα): the pool of
 * tax ids from which new employees, citizens and wrong arguments are drawn, the Ministry official
 * (X3) and the host system that reports HR facts (C3, C6).
 *
 * @param people the pool of persons, at least one; those not registered as employees act as citizens
 * @param official the Ministry official who approves and recovers (X3)
 * @param host the host system that reports the HR facts
 */
public record Cast(List<TaxId> people, TaxId official, Principal.HostSystem host) {

  /** How many persons the standard cast holds. */
  public static final int STANDARD_PEOPLE = 40;

  /**
   * Validates and copies.
   *
   * @param people the pool of persons, at least one
   * @param official the Ministry official
   * @param host the host system
   */
  public Cast {
    if (people == null || people.isEmpty() || official == null || host == null) {
      throw new InvalidValueException("Cast", "needs at least one person, an official and a host");
    }
    people = List.copyOf(people);
  }

  /**
   * Forty persons with valid tax ids from serial 1 ({@code TaxIds.valid(1..40)}), the 39th of them
   * the Ministry official, and the host system {@code hr-feed}.
   *
   * @return the standard cast
   */
  public static Cast standard() {
    List<TaxId> people = IntStream.rangeClosed(1, STANDARD_PEOPLE).mapToObj(TaxIds::valid)
        .collect(Collectors.toList());
    return new Cast(people, people.get(STANDARD_PEOPLE - 2), Principals.hostSystem("hr-feed"));
  }

  /**
   * A cast of the given persons, with the standard official and host.
   *
   * @param people the pool of persons, at least one
   * @return the cast
   */
  public static Cast of(List<TaxId> people) {
    Cast standard = standard();
    return new Cast(people, standard.official(), standard.host());
  }
}
