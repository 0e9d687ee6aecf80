package dev.thyrida.policy.credential.hygiene;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.PasswordHygiene;
import dev.thyrida.policy.credential.suggest.Elot743;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges a password by the rules beyond K5 its profile switched on (D11; X10): no personal data, no
 * reuse, not denied. Pure; never echoes the password or a hash (D5). Call it beside
 * {@code CredentialPolicy.checkPassword}, which judges K5.
 */
public final class Hygiene {

  /** Words shorter than this are not looked for: every password would hold a two-letter name. */
  public static final int SHORTEST_WORD = 3;

  private Hygiene() {}

  /**
   * Every violation of the profile's hygiene rules.
   *
   * @param profile the profile, whose {@link CredentialProfile#passwordHygiene()} says which rules apply
   * @param password the candidate password
   * @param context what the host knows around it
   * @return the violations, empty when none or when the profile switches no rule on
   */
  public static List<Violation> check(CredentialProfile profile, CharSequence password, PasswordContext context) {
    Set<PasswordHygiene> rules = profile.passwordHygiene();
    List<Violation> violations = new ArrayList<>();
    if (password == null || password.length() == 0) {
      return violations;
    }
    String lower = password.toString().toLowerCase(Locale.ROOT);
    if (rules.contains(PasswordHygiene.NO_PERSONAL_DATA)) {
      personal(lower, context).forEach(code -> violations.add(Violation.of(code)));
    }
    if (rules.contains(PasswordHygiene.NO_REUSE) && reused(password, context)) {
      violations.add(Violation.of(HygieneCode.PASSWORD_REUSED, "previous", String.valueOf(context.previous().size())));
    }
    if (rules.contains(PasswordHygiene.NOT_DENIED) && context.denied().contains(lower)) {
      violations.add(Violation.of(HygieneCode.PASSWORD_DENIED));
    }
    return violations;
  }

  /** The codes of the person's words the password holds, each once, in the context's order. */
  private static Set<HygieneCode> personal(String lower, PasswordContext context) {
    Set<HygieneCode> found = new LinkedHashSet<>();
    for (PasswordContext.Word word : context.words()) {
      for (String form : List.of(word.text(), Elot743.transliterate(word.text()))) {
        String needle = form.strip().toLowerCase(Locale.ROOT);
        if (needle.codePointCount(0, needle.length()) >= SHORTEST_WORD && lower.contains(needle)) {
          found.add(word.code());
        }
      }
    }
    return found;
  }

  /** Whether the candidate's hash equals any previous one; every hash is compared, in constant time each. */
  private static boolean reused(CharSequence password, PasswordContext context) {
    if (context.previous().isEmpty()) {
      return false;
    }
    byte[] candidate = context.hash().apply(password);
    boolean same = false;
    for (byte[] previous : context.previous()) {
      same |= MessageDigest.isEqual(candidate, previous);
    }
    return same;
  }
}
