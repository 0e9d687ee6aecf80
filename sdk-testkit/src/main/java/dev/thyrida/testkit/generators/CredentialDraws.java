package dev.thyrida.testkit.generators;

import dev.thyrida.policy.credential.CharacterClass;
import dev.thyrida.policy.credential.CredentialProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Draws valid usernames and passwords of a profile, and the pieces the invalid ones are made of. */
final class CredentialDraws {

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  /** How far beyond the minimum a drawn length goes, so most draws stay short and readable. */
  private static final int SPREAD = 24;

  final CredentialProfile profile;
  final Draws draws;

  CredentialDraws(CredentialProfile profile, Draws draws) {
    this.profile = profile;
    this.draws = draws;
  }

  /** A username of the given length from the profile's username alphabet. */
  String username(int length) {
    return text(UPPER + LOWER + DIGITS + profile.usernameSymbols(), length);
  }

  /** The longest valid username or password drawn: room for one inserted character when asked. */
  int longest(int minimum, int maximum, boolean roomForOneMore) {
    int top = roomForOneMore ? maximum - 1 : maximum;
    if (top < minimum) {
      throw new IllegalArgumentException("profile " + profile.name() + " leaves no room to insert a character");
    }
    return Math.min(top, minimum + SPREAD);
  }

  String text(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(draws.pick(alphabet));
    }
    return out.toString();
  }

  /**
   * A password of the given length holding one character of each class in {@code present} and
   * nothing else; the length must be at least the number of classes.
   */
  String password(List<CharacterClass> present, int length) {
    List<Character> chars = new ArrayList<>(length);
    StringBuilder filler = new StringBuilder();
    for (CharacterClass each : present) {
      chars.add(draws.pick(alphabet(each)));
      filler.append(alphabet(each));
    }
    while (chars.size() < length) {
      chars.add(draws.pick(filler));
    }
    for (int i = chars.size() - 1; i > 0; i--) {
      Collections.swap(chars, i, draws.between(0, i));
    }
    StringBuilder out = new StringBuilder(length);
    chars.forEach(out::append);
    return out.toString();
  }

  /** The classes a valid password draws from: every class the profile requires, else all four. */
  List<CharacterClass> validClasses() {
    return profile.requiredClasses().isEmpty() ? List.of(CharacterClass.values())
        : List.copyOf(profile.requiredClasses());
  }

  /** A valid password, one code point shorter than the maximum when asked for room to insert one. */
  String validPassword(boolean roomForOneMore) {
    int shortest = Math.max(profile.passwordMinLength(), validClasses().size());
    return password(validClasses(), draws.between(shortest,
        longest(shortest, profile.passwordMaxLength(), roomForOneMore)));
  }

  /** A valid username, one code point shorter than the maximum when asked for room to insert one. */
  String validUsername(boolean roomForOneMore) {
    int shortest = profile.usernameMinLength();
    return username(draws.between(shortest, longest(shortest, profile.usernameMaxLength(), roomForOneMore)));
  }

  String alphabet(CharacterClass kind) {
    switch (kind) {
      case UPPERCASE: return UPPER;
      case LOWERCASE: return LOWER;
      case DIGIT: return DIGITS;
      default: return profile.passwordSpecials();
    }
  }

  /** The text with a code point inserted at a drawn position. */
  String insert(String text, int codePoint) {
    int at = draws.between(0, text.length());
    return text.substring(0, at) + new String(Character.toChars(codePoint)) + text.substring(at);
  }
}
