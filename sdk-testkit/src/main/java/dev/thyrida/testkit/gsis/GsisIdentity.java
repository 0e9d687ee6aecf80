package dev.thyrida.testkit.gsis;

import org.immutables.value.Value;

/**
 * Who logs in at the fake GSIS server, exactly as its userinfo answer will carry it (X6): the values
 * are raw, so a test may pad them with spaces like the real server does, and may ask for non-ASCII
 * characters to be sent as numeric character references ({@code &#913;}).
 */
@Value.Immutable
public abstract class GsisIdentity {

  /**
   * The TAXISnet user id, e.g. {@code User068933130}.
   *
   * @return the raw value
   */
  public abstract String userid();

  /**
   * The tax id (ΑΦΜ), possibly padded.
   *
   * @return the raw value
   */
  public abstract String taxid();

  /**
   * The last name (επώνυμο).
   *
   * @return the raw value
   */
  public abstract String lastname();

  /**
   * The first name (όνομα).
   *
   * @return the raw value
   */
  public abstract String firstname();

  /**
   * The father's name (πατρώνυμο).
   *
   * @return the raw value
   */
  public abstract String fathername();

  /**
   * The mother's name (μητρώνυμο).
   *
   * @return the raw value
   */
  public abstract String mothername();

  /**
   * The year of birth.
   *
   * @return the raw value
   */
  public abstract String birthyear();

  /**
   * Whether every non-ASCII character is sent as a numeric character reference, as the real
   * server does for Greek names.
   *
   * @return true to encode as {@code &#NNN;}
   */
  @Value.Default
  public boolean characterReferences() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGsisIdentity.Builder builder() {
    return ImmutableGsisIdentity.builder();
  }

  /**
   * The widely used test identity (X6): userid {@code User068933130}, taxid {@code 068933130}; the
   * names are invented for the testkit.
   *
   * @return the identity, unpadded, in plain characters
   */
  public static GsisIdentity testUser() {
    return builder().userid("User068933130").taxid("068933130").lastname("ΔΟΚΙΜΑΣΤΙΚΟΣ")
        .firstname("ΧΡΗΣΤΗΣ").fathername("ΠΑΤΕΡΑΣ").mothername("ΜΗΤΕΡΑ").birthyear("1970").build();
  }

  /**
   * A copy with every value padded with spaces on the right to a width, as the real server does.
   *
   * @param width the width to pad to
   * @return the padded copy
   */
  public GsisIdentity padded(int width) {
    return ImmutableGsisIdentity.builder().userid(pad(userid(), width)).taxid(pad(taxid(), width))
        .lastname(pad(lastname(), width)).firstname(pad(firstname(), width))
        .fathername(pad(fathername(), width)).mothername(pad(mothername(), width))
        .birthyear(pad(birthyear(), width)).characterReferences(characterReferences()).build();
  }

  private static String pad(String value, int width) {
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }
}
