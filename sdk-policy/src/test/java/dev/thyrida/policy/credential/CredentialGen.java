package dev.thyrida.policy.credential;

import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Generators of credentials for the properties: valid ones, forbidden characters, arbitrary text. */
public final class CredentialGen {

  static final String LETTERS_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String SPECIALS = "!@#$^&-_.";
  static final String OTHER_ASCII = " \"%'()*+,/:;<=>?[\\]`{|}~";

  /** Look-alikes and invisibles from other scripts (D3): illegal, never Greek. */
  static final List<Integer> LOOKALIKES = List.of(0x0410, 0x0430, 0x041E, 0xFF21, 0xFF41, 0xFF11, 0x00B5,
      0x2126, 0x212A, 0x200B, 0x200D, 0xFEFF, 0x00A0, 0x3000, 0x0009, 0x000A, 0x0000, 0x007F, 0x00E9, 0x20AC);

  private CredentialGen() {}

  static Gen<Integer> greek() {
    return range(0x0370, 0x03FF).mix(range(0x1F00, 0x1FFF));
  }

  /** Illegal in both alphabets, not Greek, not a surrogate: look-alikes, emoji, other scripts. */
  static Gen<Integer> illegal() {
    return pick(LOOKALIKES).mix(range(0x1F600, 0x1F64F)).mix(range(0x0400, 0x04FF)).mix(range(0x00A0, 0x024F));
  }

  /** Any code point a hostile form might receive, lone surrogates included. */
  static Gen<Integer> anyCodePoint() {
    return frequency(Pair.of(10, surrogateFree()), Pair.of(1, range(0xD800, 0xDFFF)));
  }

  private static Gen<Integer> surrogateFree() {
    return frequency(List.of(
        Pair.of(6, pick(codePoints(LETTERS_DIGITS))),
        Pair.of(2, pick(codePoints(SPECIALS))),
        Pair.of(1, pick(codePoints(OTHER_ASCII))),
        Pair.of(1, greek()),
        Pair.of(1, illegal())));
  }

  /** Arbitrary text without lone surrogates, whose code points keep their identity when permuted. */
  public static Gen<String> textWithoutSurrogates(int max) {
    return intArrays(range(0, max), surrogateFree()).map(CredentialGen::text);
  }

  public static Gen<String> anyText(int max) {
    return intArrays(range(0, max), anyCodePoint()).map(CredentialGen::text);
  }

  static Gen<String> validUsernames() {
    return intArrays(range(8, 63), pick(codePoints(LETTERS_DIGITS + "_"))).map(CredentialGen::text);
  }

  /** Valid default-profile passwords of 8 to 127 code points: one of each class, then any, shuffled. */
  static Gen<String> validPasswords() {
    Gen<String> rest = intArrays(range(4, 123), pick(codePoints(LETTERS_DIGITS + SPECIALS))).map(CredentialGen::text);
    return rest.zip(range(0, Integer.MAX_VALUE), (tail, seed) -> shuffle("Aa1!" + tail, seed));
  }

  /** A valid password with exactly one member of a class, at least 9 code points long. */
  static Gen<OnlyMember> passwordsWithOnly(CharacterClass only) {
    String member = String.valueOf("Aa1!".charAt(only.ordinal()));
    String others = "Aa1!".replace(member, "");
    String pool = without(LETTERS_DIGITS + SPECIALS, only);
    Gen<String> rest = intArrays(range(5, 100), pick(codePoints(pool))).map(CredentialGen::text);
    return rest.zip(range(0, Integer.MAX_VALUE),
        (tail, seed) -> new OnlyMember(only, shuffle(member + others + tail, seed)));
  }

  /**
   * A valid password with exactly one member of a class.
   *
   * @param only the class with one member
   * @param password the password
   */
  record OnlyMember(CharacterClass only, String password) {
  }

  private static String without(String pool, CharacterClass only) {
    StringBuilder kept = new StringBuilder();
    pool.codePoints().filter(cp -> classOf(cp) != only).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  static CharacterClass classOf(int cp) {
    return CodePoints.isUpper(cp) ? CharacterClass.UPPERCASE : CodePoints.isLower(cp) ? CharacterClass.LOWERCASE
        : CodePoints.isDigit(cp) ? CharacterClass.DIGIT : CharacterClass.SPECIAL;
  }

  static String shuffle(String text, long seed) {
    List<Integer> points = new ArrayList<>();
    text.codePoints().forEach(points::add);
    Collections.shuffle(points, new Random(seed));
    return text(points.stream().mapToInt(Integer::intValue).toArray());
  }

  static String insert(String text, int at, int codePoint) {
    int offset = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
    return new StringBuilder(text).insert(offset, Character.toChars(codePoint)).toString();
  }

  private static List<Integer> codePoints(String alphabet) {
    List<Integer> points = new ArrayList<>();
    alphabet.codePoints().forEach(points::add);
    return points;
  }

  private static String text(int[] codePoints) {
    StringBuilder text = new StringBuilder();
    for (int codePoint : codePoints) {
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  static Gen<Integer> positions() {
    return range(0, 130);
  }
}
