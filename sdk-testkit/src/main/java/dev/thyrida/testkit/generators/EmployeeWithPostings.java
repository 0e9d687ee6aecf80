package dev.thyrida.testkit.generators;

import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import java.util.List;

/**
 * A generated employee with their postings, consecutive in time and never overlapping (D8).
 *
 * @param employee the employee, active
 * @param postings the postings, in time order
 */
public record EmployeeWithPostings(Employee employee, List<Posting> postings) {

  /**
   * Copies the postings.
   *
   * @param employee the employee
   * @param postings the postings, in time order
   */
  public EmployeeWithPostings {
    postings = List.copyOf(postings);
  }
}
