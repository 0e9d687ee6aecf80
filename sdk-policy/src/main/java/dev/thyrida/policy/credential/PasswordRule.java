package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * K5, D1, D2, D3, D5: judges a password in one pass over its code points, with no regular expression
 * and no allocation when it is valid. Violations name classes and positions, never characters.
 */
final class PasswordRule {

  private static final CredentialVerdict REQUIRED =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.PASSWORD_REQUIRED)));

  private final CredentialProfile profile;

  PasswordRule(CredentialProfile profile) {
    this.profile = profile;
  }

  CredentialVerdict check(CharSequence password) {
    if (password == null || password.length() == 0) {
      return REQUIRED;
    }
    int found = 0;
    Offenders greek = null;
    Offenders illegal = null;
    int length = 0;
    for (int i = 0; i < password.length(); length++) {
      int codePoint = Character.codePointAt(password, i);
      i += Character.charCount(codePoint);
      int kind = classOf(codePoint);
      if (kind >= 0) {
        found |= 1 << kind;
      } else if (CodePoints.isGreek(codePoint)) {
        greek = Offenders.add(greek, length, codePoint);
      } else if (!profile.passwordAlphabet().admitsOther(codePoint)) {
        illegal = Offenders.add(illegal, length, codePoint);
      }
    }
    int missing = profile.requiredMask() & ~found;
    if (greek == null && illegal == null && missing == 0
        && Lengths.within(length, profile.passwordMinLength(), profile.passwordMaxLength())) {
      return CredentialVerdict.VALID;
    }
    List<Violation> violations = new ArrayList<>();
    Lengths.judge(violations, length, profile.passwordMinLength(), profile.passwordMaxLength(),
        CredentialCode.PASSWORD_TOO_SHORT, CredentialCode.PASSWORD_TOO_LONG);
    for (CharacterClass each : CharacterClass.values()) {
      if ((missing & (1 << each.ordinal())) != 0) {
        violations.add(absence(each));
      }
    }
    if (greek != null) {
      violations.add(greek.positions(CredentialCode.PASSWORD_GREEK_CHARACTER));
    }
    if (illegal != null) {
      violations.add(illegal.positions(CredentialCode.PASSWORD_ILLEGAL_CHARACTER));
    }
    return CredentialVerdict.of(violations);
  }

  /** The ordinal of the code point's class, or -1 when it belongs to none. */
  private int classOf(int codePoint) {
    if (CodePoints.isUpper(codePoint)) {
      return CharacterClass.UPPERCASE.ordinal();
    }
    if (CodePoints.isLower(codePoint)) {
      return CharacterClass.LOWERCASE.ordinal();
    }
    if (CodePoints.isDigit(codePoint)) {
      return CharacterClass.DIGIT.ordinal();
    }
    return profile.isSpecial(codePoint) ? CharacterClass.SPECIAL.ordinal() : -1;
  }

  private Violation absence(CharacterClass absent) {
    switch (absent) {
      case UPPERCASE: return Violation.of(CredentialCode.PASSWORD_NO_UPPERCASE);
      case LOWERCASE: return Violation.of(CredentialCode.PASSWORD_NO_LOWERCASE);
      case DIGIT: return Violation.of(CredentialCode.PASSWORD_NO_DIGIT);
      default: return Violation.of(CredentialCode.PASSWORD_NO_SPECIAL,
          "specials", Spaced.of(profile.passwordSpecials()));
    }
  }
}
