package dev.thyrida.policy.gsis;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.InvalidUserinfoException.Problem;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The GSIS OAuth2 userinfo answer (X6, απάντηση userinfo της ΓΓΠΣ/ΑΑΔΕ) read as an authenticated
 * identity: {@code <root><userinfo userid=".." taxid=".." lastname=".." firstname=".."
 * fathername=".." mothername=".." birthyear=".."/></root>}.
 *
 * <p>Values are trimmed of padding and their numeric character references decoded; the tax id must
 * pass the check digit of X7. {@code userid}, {@code taxid}, {@code lastname} and {@code firstname}
 * are required; {@code fathername}, {@code mothername} and {@code birthyear} may be absent or blank.
 * Anything else (another shape, an unknown attribute, a DOCTYPE, text content) is refused with an
 * {@link InvalidUserinfoException}. Parsing is in memory only and safe against XML external
 * entities and entity expansion.
 *
 * <p>Every refusal is an {@link InvalidUserinfoException}, whatever part of the SDK found it (issue
 * 13). A name part holding a format character (a bidi control such as U+202E, a zero-width
 * character such as U+200B) or starting or ending with any space (U+00A0 included) is refused as
 * {@code INVALID_VALUE}: no GSIS name has one, and on a screen it would make a name look like
 * another. The same holds for the user id, which D4 compares with usernames: {@code "maria\u00A0"}
 * would never equal {@code maria}. Only the padding {@link String#strip} knows is trimmed (ADR 0033).
 */
public final class GsisUserinfo {

  private GsisUserinfo() {}

  /**
   * Reads a userinfo answer.
   *
   * @param xml the answer's body, as received
   * @return the identity it carries
   * @throws InvalidUserinfoException naming what is wrong and where
   */
  public static AuthenticatedIdentity parse(String xml) {
    Map<String, String> values = UserinfoDocument.attributes(xml);
    TaxId taxId = value(values, "taxid", Problem.INVALID_TAX_ID, TaxId::of);
    TaxisNetUserId userId =
        value(values, "userid", Problem.INVALID_VALUE, text -> TaxisNetUserId.of(plain(text, "userid")));
    String first = namePart(values, "firstname");
    String last = namePart(values, "lastname");
    Optional<String> father = optionalName(values, "fathername");
    Optional<String> mother = optionalName(values, "mothername");
    Optional<Integer> year = optional(values, "birthyear").map(GsisUserinfo::year);
    try {
      return new AuthenticatedIdentity(taxId, userId, PersonName.of(first, last), father, mother, year);
    } catch (InvalidValueException e) {
      // a rule of the core's values that the checks above do not repeat: still the documented exception
      throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo");
    }
  }

  private static String namePart(Map<String, String> values, String attribute) {
    return lengthChecked(required(values, attribute), attribute);
  }

  private static Optional<String> optionalName(Map<String, String> values, String attribute) {
    return optional(values, attribute).map(text -> lengthChecked(text, attribute));
  }

  private static String lengthChecked(String text, String attribute) {
    if (text.codePointCount(0, text.length()) > PersonName.MAX_LENGTH) {
      throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo/@" + attribute);
    }
    return plain(text, attribute);
  }

  /** A value that shows as what it is: no format character, no space of any kind at either end. */
  private static String plain(String text, String attribute) {
    if (text.codePoints().anyMatch(each -> Character.getType(each) == Character.FORMAT)
        || Character.isSpaceChar(text.codePointAt(0)) || Character.isSpaceChar(text.codePointBefore(text.length()))) {
      throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo/@" + attribute);
    }
    return text;
  }

  private static <T> T value(Map<String, String> values, String attribute, Problem problem,
      Function<String, T> parse) {
    String text = required(values, attribute);
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      throw new InvalidUserinfoException(problem, "userinfo/@" + attribute);
    }
  }

  private static String required(Map<String, String> values, String attribute) {
    String text = values.get(attribute);
    if (text == null || text.isEmpty()) {
      throw new InvalidUserinfoException(Problem.MISSING_ATTRIBUTE, "userinfo/@" + attribute);
    }
    return text;
  }

  private static Optional<String> optional(Map<String, String> values, String attribute) {
    return Optional.ofNullable(values.get(attribute)).filter(text -> !text.isEmpty());
  }

  private static int year(String text) {
    if (!text.matches("[1-9][0-9]{3}")) { // four digits, as the core's identity requires (1000-9999)
      throw new InvalidUserinfoException(Problem.INVALID_VALUE, "userinfo/@birthyear");
    }
    return Integer.parseInt(text);
  }
}
