package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * K4, D2, D3, D4: judges a username in one pass over its code points, with no regular expression
 * and no allocation when it is valid.
 */
final class UsernameRule {

  private static final CredentialVerdict REQUIRED =
      new CredentialVerdict(List.of(Violation.of(CredentialCode.USERNAME_REQUIRED)));

  private final CredentialProfile profile;

  UsernameRule(CredentialProfile profile) {
    this.profile = profile;
  }

  CredentialVerdict check(CharSequence username, String taxisNetUserId) {
    if (username == null || username.length() == 0) {
      return REQUIRED;
    }
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
    boolean sameAsTaxisNet = taxisNetUserId != null && equalsIgnoringCase(username, taxisNetUserId);
    if (greek == null && illegal == null && !sameAsTaxisNet && Lengths.within(length,
        profile.usernameMinLength(), profile.usernameMaxLength())) {
      return CredentialVerdict.VALID;
    }
    List<Violation> violations = new ArrayList<>();
    Lengths.judge(violations, length, profile.usernameMinLength(), profile.usernameMaxLength(),
        CredentialCode.USERNAME_TOO_SHORT, CredentialCode.USERNAME_TOO_LONG);
    if (greek != null) {
      violations.add(greek.characters(CredentialCode.USERNAME_GREEK_CHARACTER, profile.usernameSymbols()));
    }
    if (illegal != null) {
      violations.add(illegal.characters(CredentialCode.USERNAME_ILLEGAL_CHARACTER, profile.usernameSymbols()));
    }
    if (sameAsTaxisNet) {
      violations.add(Violation.of(CredentialCode.USERNAME_SAME_AS_TAXISNET));
    }
    return CredentialVerdict.of(violations);
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
