package dev.thyrida.policy.credential;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.style.ThyridaStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A credential profile (προφίλ κωδικών): the username and password rules as data (X4), so an
 * integrator expresses a variant of K4/K5 without code. Lengths count code points (D2).
 *
 * <p>Named profiles: {@code default} (the seed's K4/K5 with D1's strict alphabet), {@code lenient}
 * (D1) and {@code govgr-howto} (X4), and any a host adds to {@link CredentialProfiles} (by
 * {@link CredentialProfileSource} or in code). Build your own with {@link #builder()}, or change a named one
 * with the generated {@code with…} methods, e.g.
 * {@code ImmutableCredentialProfile.copyOf(CredentialProfile.named("default")).withUsernameMinLength(10)}.
 */
@Value.Immutable
@ThyridaStyle
public abstract class CredentialProfile {

  /** Only the generated implementation extends this type. */
  CredentialProfile() {}

  /**
   * The profile's name, as the CLI and the constraints' {@code profile} attribute spell it.
   *
   * @return e.g. {@code default}; {@code custom} unless set
   */
  @Value.Default
  public String name() {
    return "custom";
  }

  /**
   * The least number of code points of a username (K4).
   *
   * @return 8 unless set
   */
  @Value.Default
  public int usernameMinLength() {
    return 8;
  }

  /**
   * The most code points of a username (D2, an extension).
   *
   * @return 64 unless set
   */
  @Value.Default
  public int usernameMaxLength() {
    return 64;
  }

  /**
   * The symbols a username may hold besides Latin letters and digits (K4: {@code _}; X4: {@code .}).
   *
   * @return the symbols, one code point each; {@code "_"} unless set
   */
  @Value.Default
  public String usernameSymbols() {
    return "_";
  }

  /**
   * The least number of code points of a password (K5).
   *
   * @return 8 unless set
   */
  @Value.Default
  public int passwordMinLength() {
    return 8;
  }

  /**
   * The most code points of a password (D2, an extension).
   *
   * @return 128 unless set
   */
  @Value.Default
  public int passwordMaxLength() {
    return 128;
  }

  /**
   * The special characters of a password (K5: the nine {@code ! @ # $ ^ & - _ .}).
   *
   * @return the specials, one code point each
   */
  @Value.Default
  public String passwordSpecials() {
    return "!@#$^&-_.";
  }

  /**
   * The classes a password must contain (K5: all four).
   *
   * @return the required classes
   */
  @Value.Default
  public Set<CharacterClass> requiredClasses() {
    return EnumSet.allOf(CharacterClass.class);
  }

  /**
   * Whether other printable ASCII is admitted in a password (D1).
   *
   * @return {@link PasswordAlphabet#STRICT} unless set
   */
  @Value.Default
  public PasswordAlphabet passwordAlphabet() {
    return PasswordAlphabet.STRICT;
  }

  /**
   * The password rules beyond K5 this profile switches on (D11), judged by
   * {@code dev.thyrida.policy.credential.hygiene.Hygiene}.
   *
   * @return none unless set
   */
  @Value.Default
  public Set<PasswordHygiene> passwordHygiene() {
    return EnumSet.noneOf(PasswordHygiene.class);
  }

  /**
   * Whether a code point belongs to the username alphabet: Latin letters, digits, the symbols.
   *
   * @param codePoint the code point
   * @return true when a username may hold it
   */
  public boolean isUsernameCharacter(int codePoint) {
    return CodePoints.isAsciiLetterOrDigit(codePoint) || usernameSymbols().indexOf(codePoint) >= 0;
  }

  /**
   * Whether a code point is one of the password specials.
   *
   * @param codePoint the code point
   * @return true when it counts as {@link CharacterClass#SPECIAL}
   */
  public boolean isSpecial(int codePoint) {
    return passwordSpecials().indexOf(codePoint) >= 0;
  }

  /** The required classes as a bit set over {@link CharacterClass#ordinal()}, for the allocation-free check. */
  @Value.Derived
  @Value.Auxiliary
  int requiredMask() {
    int mask = 0;
    for (CharacterClass each : requiredClasses()) {
      mask |= 1 << each.ordinal();
    }
    return mask;
  }

  /** Refuses a profile no credential could satisfy or whose symbols overlap letters or Greek. */
  @Value.Check
  protected void check() {
    positive("usernameMinLength", usernameMinLength(), usernameMaxLength());
    positive("passwordMinLength", passwordMinLength(), passwordMaxLength());
    plainSymbols("usernameSymbols", usernameSymbols());
    plainSymbols("passwordSpecials", passwordSpecials());
    if (requiredClasses().contains(CharacterClass.SPECIAL) && passwordSpecials().isEmpty()) {
      throw new InvalidValueException("CredentialProfile", "SPECIAL is required but passwordSpecials is empty");
    }
    if (passwordMinLength() < requiredClasses().size()) {
      throw new InvalidValueException("CredentialProfile", "passwordMinLength is below the number of required classes");
    }
  }

  private static void positive(String attribute, int min, int max) {
    if (min < 1 || max < min) {
      throw new InvalidValueException("CredentialProfile",
          attribute + " must be at least 1 and not above the maximum, was " + min + ".." + max);
    }
  }

  private static void plainSymbols(String attribute, String symbols) {
    symbols.codePoints().forEach(codePoint -> {
      if (CodePoints.isAsciiLetterOrDigit(codePoint) || CodePoints.isGreek(codePoint)
          || Character.isSurrogate((char) codePoint) || Character.isISOControl(codePoint)) {
        throw new InvalidValueException("CredentialProfile",
            attribute + " may not hold " + CodePoints.notation(codePoint));
      }
    });
  }

  /**
   * A builder starting from the default profile's values, named {@code custom}.
   *
   * @return a new builder
   */
  public static ImmutableCredentialProfile.Builder builder() {
    return ImmutableCredentialProfile.builder();
  }

  /**
   * A named profile from the {@link CredentialProfiles registry}: a shipped one ({@code default},
   * {@code lenient}, {@code govgr-howto}) or one a host added.
   *
   * @param name the profile's name
   * @return the profile
   * @throws IllegalArgumentException naming the known profiles when no profile has that name
   */
  public static CredentialProfile named(String name) {
    return CredentialProfiles.named(name);
  }

  /**
   * The names of the registered profiles.
   *
   * @return {@code default}, {@code lenient}, {@code govgr-howto}, then the hosts' own
   */
  public static List<String> names() {
    return CredentialProfiles.names();
  }
}
