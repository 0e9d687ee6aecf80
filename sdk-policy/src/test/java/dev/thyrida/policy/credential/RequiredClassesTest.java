package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * K5: a profile may require any subset of the four classes; a password is refused for exactly the
 * required classes it lacks, whichever subset the profile names (issue 13: PIT survivors in the
 * required-class set, found only by profiles that require fewer than all four).
 */
class RequiredClassesTest {

  private static final Map<CharacterClass, String> SAMPLE = Map.of(
      CharacterClass.UPPERCASE, "Q", CharacterClass.LOWERCASE, "q",
      CharacterClass.DIGIT, "7", CharacterClass.SPECIAL, "!");

  private static final Map<CharacterClass, CredentialCode> ABSENT = Map.of(
      CharacterClass.UPPERCASE, CredentialCode.PASSWORD_NO_UPPERCASE,
      CharacterClass.LOWERCASE, CredentialCode.PASSWORD_NO_LOWERCASE,
      CharacterClass.DIGIT, CredentialCode.PASSWORD_NO_DIGIT,
      CharacterClass.SPECIAL, CredentialCode.PASSWORD_NO_SPECIAL);

  private static List<Set<CharacterClass>> subsets() {
    List<Set<CharacterClass>> all = new ArrayList<>();
    CharacterClass[] classes = CharacterClass.values();
    for (int bits = 0; bits < 1 << classes.length; bits++) {
      Set<CharacterClass> subset = EnumSet.noneOf(CharacterClass.class);
      for (int k = 0; k < classes.length; k++) {
        if ((bits & 1 << k) != 0) {
          subset.add(classes[k]);
        }
      }
      all.add(subset);
    }
    return all;
  }

  /** A password of 12 characters using exactly the given classes. */
  private static String using(Set<CharacterClass> classes) {
    String unit = classes.stream().map(SAMPLE::get).collect(Collectors.joining());
    return unit.repeat(12 / unit.length() + 1).substring(0, 12);
  }

  @Test
  @DisplayName("K5: under every subset of required classes, each password is refused for exactly the required classes it lacks")
  void everySubset() {
    for (Set<CharacterClass> required : subsets()) {
      CredentialPolicy policy = CredentialPolicy.of(CredentialProfile.builder().requiredClasses(required).build());
      for (Set<CharacterClass> present : subsets()) {
        if (present.isEmpty()) {
          continue;
        }
        String password = using(present);
        Set<CredentialCode> expected = EnumSet.noneOf(CredentialCode.class);
        required.stream().filter(c -> !present.contains(c)).map(ABSENT::get).forEach(expected::add);
        CredentialVerdict verdict = policy.checkPassword(password);
        assertEquals(expected, verdict.codes(), () -> "required " + required + ", using " + present);
        assertEquals(expected.isEmpty(), verdict.isValid());
        for (CredentialCode code : ABSENT.values()) {
          assertEquals(expected.contains(code), verdict.has(code), () -> code + " under " + required);
        }
      }
    }
  }

  @Test
  @DisplayName("K5, K6: a verdict followed by another keeps both's violations in order; a valid side adds nothing")
  void verdictsJoined() {
    CredentialPolicy policy = CredentialPolicy.defaults();
    CredentialVerdict noDigit = policy.checkPassword("Qwerty!!ab");
    CredentialVerdict noUpper = policy.checkPassword("qwerty!!7b");
    CredentialVerdict valid = policy.checkPassword("Qwerty!!7b");
    assertTrue(valid.isValid());
    assertSame(noDigit, noDigit.and(valid));
    assertSame(noUpper, valid.and(noUpper));
    CredentialVerdict both = noDigit.and(noUpper);
    assertEquals(List.of(CredentialCode.PASSWORD_NO_DIGIT, CredentialCode.PASSWORD_NO_UPPERCASE),
        both.violations().stream().map(Violation::code).toList());
    assertTrue(both.has(CredentialCode.PASSWORD_NO_UPPERCASE));
    assertFalse(both.has(CredentialCode.PASSWORD_NO_LOWERCASE));
  }
}
