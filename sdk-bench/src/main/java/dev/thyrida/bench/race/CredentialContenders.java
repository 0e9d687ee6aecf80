package dev.thyrida.bench.race;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.passay.AllowedCharacterRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;

/**
 * The peers and the limit for K4/K5 under the default profile: Passay configured with the same
 * rules, plain regular expressions (one per rule for the full answer, one for valid-or-not), and a
 * hand-written single pass. Each answers with {@link Broken} bits.
 */
final class CredentialContenders {

  static final String PASSWORD_ALPHABET = Corpus.UPPER + Corpus.LOWER + Corpus.DIGITS + Corpus.SPECIALS;
  static final String USERNAME_ALPHABET = Corpus.UPPER + Corpus.LOWER + Corpus.DIGITS + "_";

  static final PasswordValidator PASSAY_PASSWORD = new PasswordValidator(
      new LengthRule(8, 128),
      new CharacterRule(EnglishCharacterData.UpperCase, 1),
      new CharacterRule(EnglishCharacterData.LowerCase, 1),
      new CharacterRule(EnglishCharacterData.Digit, 1),
      new CharacterRule(new Specials(), 1),
      new AllowedCharacterRule(PASSWORD_ALPHABET.toCharArray()));

  static final PasswordValidator PASSAY_USERNAME = new PasswordValidator(
      List.<Rule>of(new LengthRule(8, 64), new AllowedCharacterRule(USERNAME_ALPHABET.toCharArray())));

  private static final Pattern PASSWORD_VALID = Pattern.compile(
      "(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])(?=\\D*\\d)(?=[^!@#$^&\\-_.]*[!@#$^&\\-_.])[A-Za-z\\d!@#$^&\\-_.]{8,128}");
  private static final Pattern[] PASSWORD_RULES = {
      Pattern.compile("(?s).{8,}"), Pattern.compile("(?s).{0,128}"), Pattern.compile("[A-Z]"),
      Pattern.compile("[a-z]"), Pattern.compile("\\d"), Pattern.compile("[!@#$^&\\-_.]"),
      Pattern.compile("[^A-Za-z\\d!@#$^&\\-_.]")};
  private static final Pattern USERNAME_VALID = Pattern.compile("\\w{8,64}");
  private static final Pattern USERNAME_ILLEGAL = Pattern.compile("\\W");

  private CredentialContenders() {}

  /** K5's nine specials as Passay character data. */
  private static final class Specials implements CharacterData {
    @Override
    public String getErrorCode() {
      return "INSUFFICIENT_SPECIAL";
    }

    @Override
    public String getCharacters() {
      return Corpus.SPECIALS;
    }
  }

  /** Passay's answer on a password, as bits. */
  static int passayPassword(String password) {
    return bits(PASSAY_PASSWORD.validate(new PasswordData(password)));
  }

  /** Passay's answer on a username, as bits. */
  static int passayUsername(String username) {
    return bits(PASSAY_USERNAME.validate(new PasswordData(username)));
  }

  private static int bits(RuleResult result) {
    int bits = 0;
    for (RuleResultDetail detail : result.getDetails()) {
      switch (detail.getErrorCode()) {
        case "TOO_SHORT": bits |= Broken.SHORT; break;
        case "TOO_LONG": bits |= Broken.LONG; break;
        case "INSUFFICIENT_UPPERCASE": bits |= Broken.UPPER; break;
        case "INSUFFICIENT_LOWERCASE": bits |= Broken.LOWER; break;
        case "INSUFFICIENT_DIGIT": bits |= Broken.DIGIT; break;
        case "INSUFFICIENT_SPECIAL": bits |= Broken.SPECIAL; break;
        case "ALLOWED_CHAR": bits |= Broken.ILLEGAL; break;
        default: throw new IllegalStateException("unexpected Passay code " + detail.getErrorCode());
      }
    }
    return bits;
  }

  /** The regexes' answer on a password: one pattern per rule. */
  static int regexPassword(String password) {
    int bits = 0;
    bits |= PASSWORD_RULES[0].matcher(password).matches() ? 0 : Broken.SHORT;
    bits |= PASSWORD_RULES[1].matcher(password).matches() ? 0 : Broken.LONG;
    bits |= PASSWORD_RULES[2].matcher(password).find() ? 0 : Broken.UPPER;
    bits |= PASSWORD_RULES[3].matcher(password).find() ? 0 : Broken.LOWER;
    bits |= PASSWORD_RULES[4].matcher(password).find() ? 0 : Broken.DIGIT;
    bits |= PASSWORD_RULES[5].matcher(password).find() ? 0 : Broken.SPECIAL;
    bits |= PASSWORD_RULES[6].matcher(password).find() ? Broken.ILLEGAL : 0;
    return bits;
  }

  /** One regex: is the password valid. */
  static boolean regexPasswordValid(String password) {
    return PASSWORD_VALID.matcher(password).matches();
  }

  /** The regexes' answer on a username. */
  static int regexUsername(String username) {
    int length = username.codePointCount(0, username.length());
    return (length < 8 ? Broken.SHORT : 0) | (length > 64 ? Broken.LONG : 0)
        | (USERNAME_ILLEGAL.matcher(username).find() ? Broken.ILLEGAL : 0);
  }

  /** One regex: is the username valid. */
  static boolean regexUsernameValid(String username) {
    return USERNAME_VALID.matcher(username).matches();
  }

  /** The limit: one hand-written pass over the password's code points. */
  static int handPassword(String password) {
    int found = 0;
    int length = 0;
    boolean illegal = false;
    for (int i = 0; i < password.length(); length++) {
      int c = password.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 'A' && c <= 'Z') {
        found |= Broken.UPPER;
      } else if (c >= 'a' && c <= 'z') {
        found |= Broken.LOWER;
      } else if (c >= '0' && c <= '9') {
        found |= Broken.DIGIT;
      } else if (c == '!' || c == '@' || c == '#' || c == '$' || c == '^' || c == '&' || c == '-' || c == '_'
          || c == '.') {
        found |= Broken.SPECIAL;
      } else {
        illegal = true;
      }
    }
    int missing = (Broken.UPPER | Broken.LOWER | Broken.DIGIT | Broken.SPECIAL) & ~found;
    return missing | (length < 8 ? Broken.SHORT : 0) | (length > 128 ? Broken.LONG : 0)
        | (illegal ? Broken.ILLEGAL : 0);
  }

  /** The limit on a username. */
  static int handUsername(String username) {
    int length = 0;
    boolean illegal = false;
    for (int i = 0; i < username.length(); length++) {
      int c = username.codePointAt(i);
      i += Character.charCount(c);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        illegal = true;
      }
    }
    return (length < 8 ? Broken.SHORT : 0) | (length > 64 ? Broken.LONG : 0) | (illegal ? Broken.ILLEGAL : 0);
  }

  /** Every contender's name, for the agreement table. */
  static List<String> names() {
    return new ArrayList<>(List.of("passay", "regex", "regex (valid only)", "hand"));
  }
}
