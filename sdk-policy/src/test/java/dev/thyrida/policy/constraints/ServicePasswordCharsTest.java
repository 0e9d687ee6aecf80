package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D1, X4: a {@code char[]} password is judged under the annotation's profile (issue 13: PIT survivor). */
class ServicePasswordCharsTest {

  record Lenient(@ServicePassword(profile = "lenient") char[] password) {}

  record Strict(@ServicePassword char[] password) {}

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("D1: a space is admitted by the lenient profile's char[] and refused by the default one's")
  void profileApplies(BeanValidation provider) {
    provider.in(Locale.ENGLISH, validator -> {
      char[] spaced = "Abc def1!".toCharArray();
      assertEquals(0, validator.validate(new Lenient(spaced)).size());
      assertEquals(1, validator.validate(new Strict(spaced)).size());
      assertEquals(0, validator.validate(new Strict("Abcdef1!".toCharArray())).size());
      assertEquals(0, validator.validate(new Strict(null)).size());
      return null;
    });
  }
}
