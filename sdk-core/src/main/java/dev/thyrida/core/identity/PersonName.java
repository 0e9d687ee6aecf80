package dev.thyrida.core.identity;


/**
 * A person's given and family name (ονοματεπώνυμο), in Greek or any script, as the TAXISnet
 * userinfo answer or the HR feed gives it (K3, X6).
 *
 * <p>Each part: not blank, no control characters, no leading or trailing white space, at most 128
 * code points.
 *
 * @param given the given name (όνομα)
 * @param family the family name (επώνυμο)
 */
public record PersonName(String given, String family) {

  /** The longest part, in code points. */
  public static final int MAX_LENGTH = 128;

  /**
   * Validates both parts.
   *
   * @param given the given name
   * @param family the family name
   * @throws InvalidValueException when a part breaks the shape
   */
  public PersonName {
    Shape.text("PersonName", "the given name", given, MAX_LENGTH);
    Shape.text("PersonName", "the family name", family, MAX_LENGTH);
  }

  /**
   * A name from its parts.
   *
   * @param given the given name
   * @param family the family name
   * @return the name
   * @throws InvalidValueException as the constructor does
   */
  public static PersonName of(String given, String family) {
    return new PersonName(given, family);
  }

  @Override
  public String toString() {
    return given + " " + family;
  }
}
