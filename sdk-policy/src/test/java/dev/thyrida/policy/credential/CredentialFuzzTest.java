package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thyrida.core.decision.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * K4-K6, D1-D4 fuzzed (issue 13): for every named profile, the codes of a fuzzed username or
 * password are those of a reference predicate written here from the profile's data alone, no
 * check throws, and no message, parameter or {@code toString} holds the password. Replays
 * {@code CredentialFuzzTestInputs} in every build; {@code JAZZER_FUZZ=1} fuzzes (docs/reliability.md).
 */
class CredentialFuzzTest {

  private static final List<CredentialProfile> PROFILES =
      CredentialProfile.names().stream().map(CredentialProfile::named).toList();

  private static boolean greek(int cp) {
    return cp >= 0x0370 && cp <= 0x03FF || cp >= 0x1F00 && cp <= 0x1FFF;
  }

  private static boolean alnum(int cp) {
    return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
  }

  /** The reference codes of a username (K4, D2, D4). */
  static Set<CredentialCode> usernameCodes(CredentialProfile profile, String username, String taxisNet) {
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    if (username.isEmpty()) {
      return EnumSet.of(CredentialCode.USERNAME_REQUIRED);
    }
    long length = username.codePoints().count();
    if (length < profile.usernameMinLength()) {
      codes.add(CredentialCode.USERNAME_TOO_SHORT);
    }
    if (length > profile.usernameMaxLength()) {
      codes.add(CredentialCode.USERNAME_TOO_LONG);
    }
    username.codePoints().filter(cp -> !alnum(cp) && profile.usernameSymbols().indexOf(cp) < 0).forEach(cp ->
        codes.add(greek(cp) ? CredentialCode.USERNAME_GREEK_CHARACTER : CredentialCode.USERNAME_ILLEGAL_CHARACTER));
    if (taxisNet != null && username.equalsIgnoreCase(taxisNet)) {
      codes.add(CredentialCode.USERNAME_SAME_AS_TAXISNET);
    }
    return codes;
  }

  /** The reference codes of a password (K5, D1-D3). */
  static Set<CredentialCode> passwordCodes(CredentialProfile profile, String password) {
    if (password.isEmpty()) {
      return EnumSet.of(CredentialCode.PASSWORD_REQUIRED);
    }
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    long length = password.codePoints().count();
    if (length < profile.passwordMinLength()) {
      codes.add(CredentialCode.PASSWORD_TOO_SHORT);
    }
    if (length > profile.passwordMaxLength()) {
      codes.add(CredentialCode.PASSWORD_TOO_LONG);
    }
    String specials = profile.passwordSpecials();
    Set<CharacterClass> required = profile.requiredClasses();
    missing(codes, required, CharacterClass.UPPERCASE, password.chars().anyMatch(c -> c >= 'A' && c <= 'Z'),
        CredentialCode.PASSWORD_NO_UPPERCASE);
    missing(codes, required, CharacterClass.LOWERCASE, password.chars().anyMatch(c -> c >= 'a' && c <= 'z'),
        CredentialCode.PASSWORD_NO_LOWERCASE);
    missing(codes, required, CharacterClass.DIGIT, password.chars().anyMatch(c -> c >= '0' && c <= '9'),
        CredentialCode.PASSWORD_NO_DIGIT);
    missing(codes, required, CharacterClass.SPECIAL, password.codePoints().anyMatch(cp -> specials.indexOf(cp) >= 0),
        CredentialCode.PASSWORD_NO_SPECIAL);
    boolean lenient = profile.passwordAlphabet() == PasswordAlphabet.LENIENT;
    password.codePoints().filter(cp -> !alnum(cp) && specials.indexOf(cp) < 0).forEach(cp -> {
      if (greek(cp)) {
        codes.add(CredentialCode.PASSWORD_GREEK_CHARACTER);
      } else if (!(lenient && cp >= 0x20 && cp <= 0x7E)) {
        codes.add(CredentialCode.PASSWORD_ILLEGAL_CHARACTER);
      }
    });
    return codes;
  }

  private static void missing(Set<CredentialCode> codes, Set<CharacterClass> required, CharacterClass kind,
      boolean present, CredentialCode code) {
    if (required.contains(kind) && !present) {
      codes.add(code);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void usernameAgreesWithTheReference(FuzzedDataProvider data) {
    CredentialProfile profile = data.pickValue(PROFILES);
    String taxisNet = data.consumeBoolean() ? data.consumeString(24) : null;
    String username = data.consumeRemainingAsString();
    CredentialVerdict verdict = CredentialPolicy.of(profile).checkUsername(username, Optional.ofNullable(taxisNet));
    assertEquals(usernameCodes(profile, username, taxisNet), verdict.codes(), profile.name() + ": " + username);
    rendered(verdict);
  }

  @FuzzTest(maxDuration = "60s")
  void passwordAgreesWithTheReferenceAndIsNeverShown(FuzzedDataProvider data) {
    CredentialProfile profile = data.pickValue(PROFILES);
    boolean confirm = data.consumeBoolean();
    String password = data.consumeRemainingAsString();
    CredentialPolicy policy = CredentialPolicy.of(profile);
    CredentialVerdict verdict = confirm ? policy.checkPassword(password, password + "x") : policy.checkPassword(password);
    Set<CredentialCode> expected = passwordCodes(profile, password);
    if (confirm && !password.isEmpty()) { // documented: an empty password is only PASSWORD_REQUIRED
      expected.add(CredentialCode.PASSWORD_CONFIRMATION_MISMATCH);
    }
    assertEquals(expected, verdict.codes(), profile.name());
    String shown = rendered(verdict);
    // a password long and mixed enough that no message's own words could hold it (D5)
    boolean distinctive = password.length() >= 8 && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(Character::isLetter);
    assertFalse(distinctive && shown.contains(password), "a password is shown");
  }

  /** Everything a verdict can show: codes, parameters, messages in both languages, toString. */
  private static String rendered(CredentialVerdict verdict) {
    StringBuilder shown = new StringBuilder(verdict.toString());
    for (Violation violation : verdict.violations()) {
      shown.append(violation).append(violation.parameters().values().stream().collect(Collectors.joining("|")));
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("el"))) {
        shown.append(CredentialMessages.render(violation, locale));
      }
    }
    return shown.toString();
  }
}
