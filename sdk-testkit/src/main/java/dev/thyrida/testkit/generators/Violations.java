package dev.thyrida.testkit.generators;

import dev.thyrida.policy.credential.CharacterClass;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.PasswordAlphabet;
import dev.thyrida.testkit.credential.CredentialInput;
import java.util.ArrayList;
import java.util.List;

/** Builds an input that breaks exactly one credential rule, one method per kind of violation. */
final class Violations {

  /** Code points that look or hide like letters: Cyrillic, full-width, signs, spaces, invisibles, emoji. */
  private static final int[][] FOREIGN = {
      {0x0400, 0x04FF}, {0xFF01, 0xFF5E}, {0x00A0, 0x00FF}, {0x2000, 0x206F}, {0x2100, 0x214F},
      {0xFEFF, 0xFEFF}, {0x1F600, 0x1F64F}, {0xD800, 0xDFFF}, {0x0000, 0x007F}};
  private static final int[][] GREEK = {{0x0370, 0x03FF}, {0x1F00, 0x1FFF}};

  private final CredentialDraws drawn;

  Violations(CredentialDraws drawn) {
    this.drawn = drawn;
  }

  CredentialInput of(CredentialCode code) {
    switch (code) {
      case USERNAME_REQUIRED: return CredentialInput.username(drawn.draws.between(0, 1) == 0 ? null : "");
      case USERNAME_TOO_SHORT: return CredentialInput.username(drawn.username(
          drawn.draws.between(1, below(drawn.profile.usernameMinLength(), 1))));
      case USERNAME_TOO_LONG: return CredentialInput.username(drawn.text("abcXYZ019", tooLong(drawn.profile.usernameMaxLength())));
      case USERNAME_GREEK_CHARACTER: return CredentialInput.username(drawn.insert(drawn.validUsername(true), draw(GREEK)));
      case USERNAME_ILLEGAL_CHARACTER: return CredentialInput.username(drawn.insert(drawn.validUsername(true), illegalInUsername()));
      case USERNAME_SAME_AS_TAXISNET: return sameAsTaxisNet();
      case PASSWORD_REQUIRED: return CredentialInput.password(drawn.draws.between(0, 1) == 0 ? null : "");
      case PASSWORD_TOO_SHORT: return CredentialInput.password(drawn.password(drawn.validClasses(),
          drawn.draws.between(drawn.validClasses().size(), below(drawn.profile.passwordMinLength(), drawn.validClasses().size()))));
      case PASSWORD_TOO_LONG: return CredentialInput.password(drawn.password(drawn.validClasses(),
          tooLong(drawn.profile.passwordMaxLength())));
      case PASSWORD_NO_UPPERCASE: return without(CharacterClass.UPPERCASE);
      case PASSWORD_NO_LOWERCASE: return without(CharacterClass.LOWERCASE);
      case PASSWORD_NO_DIGIT: return without(CharacterClass.DIGIT);
      case PASSWORD_NO_SPECIAL: return without(CharacterClass.SPECIAL);
      case PASSWORD_GREEK_CHARACTER: return CredentialInput.password(drawn.insert(drawn.validPassword(true), draw(GREEK)));
      case PASSWORD_ILLEGAL_CHARACTER: return CredentialInput.password(drawn.insert(drawn.validPassword(true), illegalInPassword()));
      default: return mismatch();
    }
  }

  /** The longest length below the minimum, when one of at least {@code floor} code points exists. */
  private int below(int minimum, int floor) {
    if (minimum - 1 < Math.max(1, floor)) {
      throw new IllegalArgumentException("profile " + drawn.profile.name() + " has no length below its minimum to draw");
    }
    return minimum - 1;
  }

  private int tooLong(int maximum) {
    return drawn.draws.between(maximum + 1, maximum + 16);
  }

  private CredentialInput sameAsTaxisNet() {
    String username = drawn.validUsername(false);
    StringBuilder other = new StringBuilder(username.length());
    for (char c : username.toCharArray()) {
      other.append(drawn.draws.between(0, 1) == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return CredentialInput.username(username, other.toString());
  }

  private CredentialInput without(CharacterClass absent) {
    if (!drawn.profile.requiredClasses().contains(absent)) {
      throw new IllegalArgumentException("profile " + drawn.profile.name() + " does not require " + absent);
    }
    List<CharacterClass> present = new ArrayList<>(drawn.validClasses());
    present.remove(absent);
    int shortest = Math.max(drawn.profile.passwordMinLength(), present.size());
    return CredentialInput.password(drawn.password(present, drawn.draws.between(shortest,
        drawn.longest(shortest, drawn.profile.passwordMaxLength(), false))));
  }

  private CredentialInput mismatch() {
    String password = drawn.validPassword(false);
    int at = drawn.draws.between(0, password.length() - 1);
    char changed = password.charAt(at) == 'x' ? 'y' : 'x';
    String confirmation = drawn.draws.between(0, 1) == 0
        ? password.substring(0, at) + changed + password.substring(at + 1)
        : password.substring(0, at);
    return CredentialInput.password(password, confirmation);
  }

  private int illegalInUsername() {
    int codePoint;
    do {
      codePoint = draw(FOREIGN);
    } while (drawn.profile.isUsernameCharacter(codePoint));
    return codePoint;
  }

  private int illegalInPassword() {
    int codePoint;
    do {
      codePoint = draw(FOREIGN);
    } while (admitted(codePoint));
    return codePoint;
  }

  /** D1: a letter, digit or special, or other printable ASCII under the lenient alphabet. */
  private boolean admitted(int codePoint) {
    boolean ascii = codePoint >= 0x20 && codePoint <= 0x7E;
    return ascii && (Character.isLetterOrDigit(codePoint) || drawn.profile.isSpecial(codePoint)
        || drawn.profile.passwordAlphabet() == PasswordAlphabet.LENIENT);
  }

  private int draw(int[][] ranges) {
    int[] range = ranges[drawn.draws.between(0, ranges.length - 1)];
    return drawn.draws.between(range[0], range[1]);
  }
}
