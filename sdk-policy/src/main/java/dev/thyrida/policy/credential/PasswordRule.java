package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * K5, D1, D2, D3, D5: judges a password in one pass over its code points, with no regular expression
 * and no allocation when it is valid. The pass decides which codes are broken ({@link #codes}); only
 * an invalid password is read a second time, to gather the positions its violations name. Violations
 * name classes and positions, never characters.
 */
final class PasswordRule {

  private static final long REQUIRED_BIT = CodeBits.of(CredentialCode.PASSWORD_REQUIRED);
  private static final CredentialVerdict REQUIRED =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.PASSWORD_REQUIRED)));
  private static final CredentialCode[] ABSENCE = {CredentialCode.PASSWORD_NO_UPPERCASE,
      CredentialCode.PASSWORD_NO_LOWERCASE, CredentialCode.PASSWORD_NO_DIGIT, CredentialCode.PASSWORD_NO_SPECIAL};

  private final CredentialProfile profile;
  private final int requiredMask;
  private final int minimum;
  private final int maximum;

  PasswordRule(CredentialProfile profile) {
    this.profile = profile;
    this.requiredMask = profile.requiredMask();
    this.minimum = profile.passwordMinLength();
    this.maximum = profile.passwordMaxLength();
  }

  /** The codes the password breaks, as {@link CodeBits}: 0 when it is valid; allocates nothing. */
  long codes(CharSequence password) {
    if (password == null || password.length() == 0) {
      return REQUIRED_BIT;
    }
    int found = 0;
    boolean greek = false;
    boolean illegal = false;
    int length = 0;
    for (int i = 0; i < password.length(); length++) {
      int codePoint = Character.codePointAt(password, i);
      i += Character.charCount(codePoint);
      int kind = classOf(codePoint);
      if (kind >= 0) {
        found |= 1 << kind;
      } else if (CodePoints.isGreek(codePoint)) {
        greek = true;
      } else if (!profile.passwordAlphabet().admitsOther(codePoint)) {
        illegal = true;
      }
    }
    long codes = length < minimum ? CodeBits.of(CredentialCode.PASSWORD_TOO_SHORT)
        : length > maximum ? CodeBits.of(CredentialCode.PASSWORD_TOO_LONG) : 0;
    int missing = requiredMask & ~found;
    for (int each = 0; missing != 0; each++, missing >>>= 1) {
      codes |= (missing & 1) != 0 ? CodeBits.of(ABSENCE[each]) : 0;
    }
    return codes | (greek ? CodeBits.of(CredentialCode.PASSWORD_GREEK_CHARACTER) : 0)
        | (illegal ? CodeBits.of(CredentialCode.PASSWORD_ILLEGAL_CHARACTER) : 0);
  }

  CredentialVerdict check(CharSequence password) {
    long codes = codes(password);
    if (codes == 0) {
      return CredentialVerdict.VALID;
    }
    return codes == REQUIRED_BIT ? REQUIRED : CredentialVerdict.of(violations(password, codes));
  }

  /** The violations of the codes found, in their documented order, with the positions they name. */
  private List<Violation> violations(CharSequence password, long codes) {
    Offenders greek = null;
    Offenders illegal = null;
    int length = 0;
    for (int i = 0; i < password.length(); length++) {
      int codePoint = Character.codePointAt(password, i);
      i += Character.charCount(codePoint);
      if (classOf(codePoint) >= 0) {
        continue;
      }
      if (CodePoints.isGreek(codePoint)) {
        greek = Offenders.add(greek, length, codePoint);
      } else if (!profile.passwordAlphabet().admitsOther(codePoint)) {
        illegal = Offenders.add(illegal, length, codePoint);
      }
    }
    List<Violation> violations = new ArrayList<>();
    Lengths.judge(violations, length, minimum, maximum,
        CredentialCode.PASSWORD_TOO_SHORT, CredentialCode.PASSWORD_TOO_LONG);
    for (CharacterClass each : CharacterClass.values()) {
      if (CodeBits.has(codes, ABSENCE[each.ordinal()])) {
        violations.add(absence(each));
      }
    }
    if (greek != null) {
      violations.add(greek.positions(CredentialCode.PASSWORD_GREEK_CHARACTER));
    }
    if (illegal != null) {
      violations.add(illegal.positions(CredentialCode.PASSWORD_ILLEGAL_CHARACTER));
    }
    return violations;
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
