package dev.thyrida.policy.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialMessages;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.CredentialProfiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one suite of the constraints, run under each provider with zero configuration (ADR 0027). */
@DisplayName("K4, K5, K6, X7: the constraints under Hibernate Validator and Apache BVal, zero configuration")
class CredentialConstraintsTest {

  static final Locale GREEK = Locale.forLanguageTag("el");
  static final List<Locale> LOCALES = List.of(Locale.ENGLISH, GREEK);

  static {
    CredentialProfiles.register(CredentialProfile.builder().name("agency-x").usernameMinLength(10).build());
  }

  static Set<CredentialCode> codes(Set<? extends ConstraintViolation<?>> violations) {
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    violations.forEach(violation -> codes.add(CredentialConstraints.codeOf(violation).orElseThrow(
        () -> new AssertionError("no code in " + violation.getMessageTemplate()))));
    return codes;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("K4, K5, K6: a valid form passes; null values pass (pair with @NotNull)")
  void validPasses(BeanValidation provider) {
    provider.in(Locale.ENGLISH, validator -> {
      assertEquals(Set.of(), validator.validate(new Forms.SignUp("maria_pap", "Abcdef1!".toCharArray(), "Abcdef1!".toCharArray())));
      assertEquals(Set.of(), validator.validate(new Forms.SignUp(null, null, null)));
      assertEquals(Set.of(), validator.validate(new Forms.BeanForm("Abcdef1!", "Abcdef1!")));
      return null;
    });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("K4, K5, K6: every broken rule is its own violation, its code readable in both languages")
  void oneViolationPerCode(BeanValidation provider) {
    for (Locale locale : LOCALES) {
      Set<ConstraintViolation<Forms.SignUp>> violations = provider.in(locale,
          validator -> validator.validate(new Forms.SignUp("μαρία p", "abc".toCharArray(), "abd".toCharArray())));
      assertEquals(EnumSet.of(CredentialCode.USERNAME_TOO_SHORT, CredentialCode.USERNAME_GREEK_CHARACTER,
          CredentialCode.USERNAME_ILLEGAL_CHARACTER, CredentialCode.PASSWORD_TOO_SHORT,
          CredentialCode.PASSWORD_NO_UPPERCASE, CredentialCode.PASSWORD_NO_DIGIT, CredentialCode.PASSWORD_NO_SPECIAL,
          CredentialCode.PASSWORD_CONFIRMATION_MISMATCH), codes(violations), locale.toString());
      assertEquals(8, violations.size());
      ConstraintViolation<Forms.SignUp> mismatch = violations.stream()
          .filter(v -> CredentialConstraints.codeOf(v).orElseThrow() == CredentialCode.PASSWORD_CONFIRMATION_MISMATCH)
          .findFirst().orElseThrow();
      assertEquals("repeated", mismatch.getPropertyPath().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("K4, K5: each message is the renderer's sentence with its own parameters, in Greek and English")
  void messagesAreTheRenderersSentences(BeanValidation provider) {
    String username = "\u0391b c";
    String password = "\u03c9bc";
    List<Violation> expected = new java.util.ArrayList<>(CredentialPolicy.defaults().checkUsername(username).violations());
    expected.addAll(CredentialPolicy.defaults().checkPassword(password).violations());
    for (Locale locale : LOCALES) {
      Set<ConstraintViolation<Forms.SignUp>> violations = provider.in(locale,
          validator -> validator.validate(new Forms.SignUp(username, password.toCharArray(), password.toCharArray())));
      assertEquals(expected.size(), violations.size());
      for (Violation violation : expected) {
        String sentence = CredentialMessages.render(violation, locale);
        assertTrue(violations.stream().anyMatch(v -> v.getMessage().equals(sentence)
            && CredentialConstraints.codeOf(v).orElseThrow() == violation.code()), locale + ": " + sentence);
      }
      violations.forEach(v -> assertFalse(v.getMessage().contains("{"), v.getMessage()));
      // Hibernate Validator renders the key itself; any other provider is handed the sentence.
      violations.forEach(v -> assertEquals(provider == BeanValidation.HIBERNATE_VALIDATOR,
          v.getMessageTemplate().startsWith("{"), v.getMessageTemplate()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("X4: the profile attribute names a shipped profile, a registered one, or two at once")
  void profiles(BeanValidation provider) {
    provider.in(Locale.ENGLISH, validator -> {
      assertEquals(Set.of(), validator.validate(new Forms.HowTo("maria.pap")));
      assertEquals(EnumSet.of(CredentialCode.USERNAME_ILLEGAL_CHARACTER), codes(validator.validate(new Forms.HowTo("maria_pap"))));
      assertEquals(EnumSet.of(CredentialCode.USERNAME_TOO_SHORT), codes(validator.validate(new Forms.AgencyX("maria_pap"))));
      assertEquals(EnumSet.of(CredentialCode.PASSWORD_NO_SPECIAL, CredentialCode.PASSWORD_ILLEGAL_CHARACTER),
          codes(validator.validate(new Forms.Both("Abcdef1."))));
      return null;
    });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("D5: no violation of a password constraint echoes the password, in either language")
  void passwordNeverEchoed(BeanValidation provider) {
    for (Locale locale : LOCALES) {
      Set<ConstraintViolation<Forms.SignUp>> violations = provider.in(locale,
          validator -> validator.validate(new Forms.SignUp("maria_pap", "ωω ωω".toCharArray(), "x".toCharArray())));
      for (ConstraintViolation<Forms.SignUp> violation : violations) {
        assertFalse(violation.getMessage().contains("ωω"), violation.getMessage());
        assertFalse(violation.getMessageTemplate().contains("ωω"), violation.getMessageTemplate());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("D5: on a Password field the invalid value prints as a mask; on a String it is the password (the standard's contract)")
  void invalidValue(BeanValidation provider) {
    Set<ConstraintViolation<Forms.Masked>> violations = provider.in(Locale.ENGLISH, validator -> validator.validate(
        new Forms.Masked(dev.thyrida.core.account.Password.of("short1"), "short2")));
    assertEquals(6, violations.size());
    for (ConstraintViolation<Forms.Masked> violation : violations) {
      String shown = String.valueOf(violation.getInvalidValue());
      assertEquals(violation.getPropertyPath().toString().equals("password") ? "****" : "short2", shown);
      assertFalse(violation.toString().contains("short1"), violation.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("X7: a wrong check digit gives Thyrida's sentence in the reader's language; valid and null pass")
  void greekTaxId(BeanValidation provider) {
    for (Locale locale : LOCALES) {
      Set<ConstraintViolation<Forms.Payee>> violations = provider.in(locale, validator -> {
        assertEquals(Set.of(), validator.validate(new Forms.Payee("068933130")));
        assertEquals(Set.of(), validator.validate(new Forms.Payee(null)));
        return validator.validate(new Forms.Payee("123456789"));
      });
      assertEquals(1, violations.size());
      String message = violations.iterator().next().getMessage();
      assertEquals(locale == GREEK ? "πρέπει να είναι ΑΦΜ: 9 ψηφία με έγκυρο ψηφίο ελέγχου"
          : "must be a Greek tax id (ΑΦΜ): 9 digits with a valid check digit", message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BeanValidation.class)
  @DisplayName("K6: @PasswordConfirmation off a PasswordTypedTwice, or an unknown profile, is a declaration error")
  void declarationErrors(BeanValidation provider) {
    provider.in(Locale.ENGLISH, validator -> {
      ValidationException misplaced = assertThrows(ValidationException.class,
          () -> validator.validate(new Forms.Misplaced("a", "b")));
      assertTrue(chain(misplaced).contains("PasswordTypedTwice") && chain(misplaced).contains("Misplaced"),
          chain(misplaced));
      ValidationException unknown = assertThrows(ValidationException.class,
          () -> validator.validate(new Forms.BadProfile("x")));
      assertTrue(chain(unknown).contains("no-such-profile"), chain(unknown));
      return null;
    });
    assertThrows(jakarta.validation.ConstraintDeclarationException.class,
        () -> CredentialConstraints.checkDeclared(Forms.Misplaced.class));
    CredentialConstraints.checkDeclared(Forms.SignUp.class);
  }

  private static String chain(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable each = thrown; each != null; each = each.getCause()) {
      text.append(each.getMessage()).append(" | ");
    }
    return text.toString();
  }
}
