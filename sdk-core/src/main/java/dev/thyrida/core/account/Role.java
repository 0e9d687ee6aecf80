package dev.thyrida.core.account;

import dev.thyrida.core.identity.Shape;

/**
 * A role (ρόλος) an agency gives an employee within one application, e.g. {@code reader} (X5).
 *
 * <p>Shape: not blank, no control characters, no surrounding white space, at most 64 code points.
 *
 * @param name the role's name, as the application defines it
 */
public record Role(String name) {

  /** The longest role name, in code points. */
  public static final int MAX_LENGTH = 64;

  /**
   * Validates the shape.
   *
   * @param name the role's name
   * @throws dev.thyrida.core.identity.InvalidValueException when it breaks the shape
   */
  public Role {
    Shape.text("Role", "name", name, MAX_LENGTH);
  }

  /**
   * A role by name.
   *
   * @param name the role's name
   * @return the role
   */
  public static Role of(String name) {
    return new Role(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
