package dev.thyrida.policy.credential.suggest;

import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests service usernames (προτάσεις ονόματος χρήστη, X8) from an employee's full name, as the
 * K3 form shows it: ELOT 743 transliteration, lower case, joined by the profile's first username
 * symbol, padded with digits up to the minimum length or cut to the maximum, and never equal to the
 * TAXISnet user id ignoring case (D4). Every suggestion passes the profile's username check.
 */
public final class UsernameSuggestions {

  /** The most suggestions returned. */
  public static final int MOST = 5;

  private UsernameSuggestions() {}

  /**
   * Suggests usernames for a full name, first name first (e.g. {@code "Μαρία Παπαδοπούλου"}).
   *
   * @param fullName the employee's full name, Greek or Latin; null or blank gives no suggestion
   * @param policy the policy whose profile the suggestions must satisfy
   * @param taxisNetUserId the employee's TAXISnet user id, never suggested
   * @return up to {@value #MOST} distinct valid usernames, best first; empty when the name has no
   *     letter that transliterates to Latin
   */
  public static List<String> suggest(String fullName, CredentialPolicy policy, Optional<String> taxisNetUserId) {
    List<String> words = words(fullName);
    if (words.isEmpty()) {
      return List.of();
    }
    CredentialProfile profile = policy.profile();
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    String separator = separator(profile);
    Set<String> suggestions = new LinkedHashSet<>();
    for (String candidate : candidates(first, last, separator)) {
      suggestions.add(shape(candidate, profile, taxisNetUserId.orElse("")));
      if (suggestions.size() == MOST) {
        break;
      }
    }
    return List.copyOf(suggestions);
  }

  private static List<String> candidates(String first, String last, String separator) {
    List<String> candidates = new ArrayList<>();
    if (!separator.isEmpty() && !first.equals(last)) {
      candidates.add(first + separator + last);
    }
    candidates.add(first.charAt(0) + last);
    candidates.add(first.equals(last) ? first : first + last);
    if (!separator.isEmpty() && !first.equals(last)) {
      candidates.add(last + separator + first);
    }
    candidates.add(last + first.charAt(0));
    candidates.add(first.equals(last) ? first + "1" : last + first);
    return candidates;
  }

  /** The words of the name in lower-case Latin letters and digits only. */
  private static List<String> words(String fullName) {
    List<String> words = new ArrayList<>();
    if (fullName == null) {
      return words;
    }
    for (String word : Elot743.transliterate(fullName).toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
      StringBuilder kept = new StringBuilder();
      word.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')).forEach(c -> kept.append((char) c));
      if (kept.length() > 0) {
        words.add(kept.toString());
      }
    }
    return words;
  }

  private static String separator(CredentialProfile profile) {
    String symbols = profile.usernameSymbols();
    return symbols.isEmpty() ? "" : symbols.substring(0, Character.charCount(symbols.codePointAt(0)));
  }

  /** Cuts to the maximum, pads with 1, 2, 3… to the minimum, and moves off the TAXISnet id. */
  private static String shape(String candidate, CredentialProfile profile, String taxisNetUserId) {
    StringBuilder shaped = new StringBuilder(candidate.substring(0, Math.min(candidate.length(),
        profile.usernameMaxLength())));
    for (int digit = 1; shaped.length() < profile.usernameMinLength(); digit = digit % 9 + 1) {
      shaped.append(digit);
    }
    if (shaped.toString().equalsIgnoreCase(taxisNetUserId)) {
      int last = shaped.length() - 1;
      if (shaped.length() < profile.usernameMaxLength()) {
        shaped.append('9');
      } else {
        shaped.setCharAt(last, shaped.charAt(last) == '9' ? '8' : '9');
      }
    }
    return shaped.toString();
  }
}
