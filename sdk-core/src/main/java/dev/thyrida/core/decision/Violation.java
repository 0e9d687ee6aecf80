package dev.thyrida.core.decision;

import dev.thyrida.core.clause.Clause;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One broken rule (παράβαση): a stable code, the clause it enforces, and named parameters that
 * explain it. Never free text: messages are rendered from bundles keyed by the code.
 *
 * @param code the stable code
 * @param clause the clause enforced: always {@code code.clause()}, one clause per code
 * @param parameters named parameters in a stable order; values are plain text and never a password
 */
public record Violation(ViolationCode code, Clause clause, Map<String, String> parameters) {

  /**
   * Checks that code, clause and parameters are present, and freezes the parameters in order.
   *
   * @param code the stable code
   * @param clause the clause enforced
   * @param parameters named parameters
   */
  public Violation {
    Objects.requireNonNull(code, "Violation: code is required");
    Objects.requireNonNull(clause, "Violation: clause is required");
    Objects.requireNonNull(parameters, "Violation: parameters are required (use an empty map)");
    if (clause != code.clause()) {
      throw new IllegalArgumentException("Violation: " + code.name() + " cites " + code.clause().id()
          + ", not " + clause.id() + " (one clause per code)");
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    parameters.forEach((name, value) -> copy.put(
        Objects.requireNonNull(name, "Violation: a parameter name is null"),
        Objects.requireNonNull(value, () -> "Violation: parameter " + name + " is null")));
    parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * A violation with no parameters, citing the code's own clause.
   *
   * @param code the stable code
   * @return the violation
   */
  public static Violation of(ViolationCode code) {
    return new Violation(code, code.clause(), Map.of());
  }

  /**
   * A violation citing the code's own clause, with named parameters given as name, value pairs.
   *
   * @param code the stable code
   * @param namesAndValues an even number of strings: name, value, name, value, …
   * @return the violation
   * @throws IllegalArgumentException when the count is odd
   */
  public static Violation of(ViolationCode code, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Violation: parameters come in name, value pairs");
    }
    LinkedHashMap<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Violation(code, code.clause(), parameters);
  }

  /**
   * The value of a named parameter.
   *
   * @param name the parameter's name
   * @return its value, or null when the violation has no such parameter
   */
  public String parameter(String name) {
    return parameters.get(name);
  }

  @Override
  public String toString() {
    return code.name() + "(" + clause.id() + ")" + (parameters.isEmpty() ? "" : parameters);
  }
}
