package dev.thyrida.policy.gsis;

import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes numeric character references left in a value after XML parsing ({@code &#913;},
 * {@code &#x391;}), as when an answer escapes them twice ({@code &amp;#913;}); then strips padding;
 * refuses a reference to an invalid code point, and any control character left after stripping.
 * Internal.
 */
final class CharacterReferences {

  private static final Pattern REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");

  private CharacterReferences() {}

  static String decode(String value, String attribute) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int codePoint = matcher.group(1) != null
          ? Integer.parseInt(matcher.group(1))
          : Integer.parseInt(matcher.group(2), 16);
      if (!Character.isValidCodePoint(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
        throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo/@" + attribute);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(Character.toString(codePoint)));
    }
    matcher.appendTail(out);
    String decoded = out.toString().strip();
    if (decoded.codePoints().anyMatch(c -> Character.isISOControl(c) && c != ' ')) {
      throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo/@" + attribute);
    }
    return decoded;
  }
}
