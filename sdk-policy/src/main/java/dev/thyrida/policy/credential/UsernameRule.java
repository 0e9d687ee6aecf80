package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * K4, D2, D3, D4: judges a username in one pass over its code points, with no regular expression
 * and no allocation when it is valid. The pass decides which codes are broken ({@link #codes}); only
 * an invalid username is read a second time, to gather the characters its violations name.
 */
final class UsernameRule {

  private static final long REQUIRED_BIT = CodeBits.of(CredentialCode.USERNAME_REQUIRED);
  private static final CredentialVerdict REQUIRED =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.USERNAME_REQUIRED)));

  private final CredentialProfile profile;
  private final int minimum;
  private final int maximum;

  UsernameRule(CredentialProfile profile) {
    this.profile = profile;
    this.minimum = profile.usernameMinLength();
    this.maximum = profile.usernameMaxLength();
  }

  /** The codes the username breaks, as {@link CodeBits}: 0 when it is valid; allocates nothing. */
  long codes(CharSequence username, String taxisNetUserId) {
    if (username == null || username.length() == 0) {
      return REQUIRED_BIT;
    }
    boolean greek = false;
    boolean illegal = false;
    int length = 0;
    for (int i = 0; i < username.length(); length++) {
      int codePoint = Character.codePointAt(username, i);
      i += Character.charCount(codePoint);
      if (!profile.isUsernameCharacter(codePoint)) {
        if (CodePoints.isGreek(codePoint)) {
          greek = true;
        } else {
          illegal = true;
        }
      }
    }
    long codes = length < minimum ? CodeBits.of(CredentialCode.USERNAME_TOO_SHORT)
        : length > maximum ? CodeBits.of(CredentialCode.USERNAME_TOO_LONG) : 0;
    return codes | (greek ? CodeBits.of(CredentialCode.USERNAME_GREEK_CHARACTER) : 0)
        | (illegal ? CodeBits.of(CredentialCode.USERNAME_ILLEGAL_CHARACTER) : 0)
        | (taxisNetUserId != null && equalsIgnoringCase(username, taxisNetUserId)
            ? CodeBits.of(CredentialCode.USERNAME_SAME_AS_TAXISNET) : 0);
  }

  CredentialVerdict check(CharSequence username, String taxisNetUserId) {
    long codes = codes(username, taxisNetUserId);
    if (codes == 0) {
      return CredentialVerdict.VALID;
    }
    return codes == REQUIRED_BIT ? REQUIRED : CredentialVerdict.of(violations(username, codes));
  }

  /** The violations of the codes found, in their documented order, with the characters they name. */
  private List<Violation> violations(CharSequence username, long codes) {
    Offenders greek = null;
    Offenders illegal = null;
    int length = 0;
    for (int i = 0; i < username.length(); length++) {
      int codePoint = Character.codePointAt(username, i);
      i += Character.charCount(codePoint);
      if (!profile.isUsernameCharacter(codePoint)) {
        if (CodePoints.isGreek(codePoint)) {
          greek = Offenders.add(greek, length, codePoint);
        } else {
          illegal = Offenders.add(illegal, length, codePoint);
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    Lengths.judge(violations, length, minimum, maximum,
        CredentialCode.USERNAME_TOO_SHORT, CredentialCode.USERNAME_TOO_LONG);
    if (greek != null) {
      violations.add(greek.characters(CredentialCode.USERNAME_GREEK_CHARACTER, profile.usernameSymbols()));
    }
    if (illegal != null) {
      violations.add(illegal.characters(CredentialCode.USERNAME_ILLEGAL_CHARACTER, profile.usernameSymbols()));
    }
    if (CodeBits.has(codes, CredentialCode.USERNAME_SAME_AS_TAXISNET)) {
      violations.add(Violation.of(CredentialCode.USERNAME_SAME_AS_TAXISNET));
    }
    return violations;
  }

  /** D4: equal ignoring case, char by char as {@link String#equalsIgnoreCase} does. */
  private static boolean equalsIgnoringCase(CharSequence username, String taxisNetUserId) {
    if (username.length() != taxisNetUserId.length()) {
      return false;
    }
    for (int i = 0; i < username.length(); i++) {
      char a = Character.toUpperCase(username.charAt(i));
      char b = Character.toUpperCase(taxisNetUserId.charAt(i));
      if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
        return false;
      }
    }
    return true;
  }
}
