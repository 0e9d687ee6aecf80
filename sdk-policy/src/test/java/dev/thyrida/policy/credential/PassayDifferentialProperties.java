package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passay.AllowedCharacterRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.quicktheories.core.Gen;

@DisplayName("K4, K5, D1: Thyrida agrees with Passay on validity")
class PassayDifferentialProperties {

  private static final CredentialPolicy THYRIDA = CredentialPolicy.defaults();

  private static final PasswordValidator PASSAY_PASSWORD = new PasswordValidator(
      new LengthRule(8, 128),
      new CharacterRule(EnglishCharacterData.UpperCase, 1),
      new CharacterRule(EnglishCharacterData.LowerCase, 1),
      new CharacterRule(EnglishCharacterData.Digit, 1),
      new CharacterRule(new Specials(), 1),
      new AllowedCharacterRule((CredentialGen.LETTERS_DIGITS + CredentialGen.SPECIALS).toCharArray()));

  private static final PasswordValidator PASSAY_USERNAME = new PasswordValidator(
      new LengthRule(8, 64),
      new AllowedCharacterRule((CredentialGen.LETTERS_DIGITS + "_").toCharArray()));

  /** K5's nine specials as Passay character data. */
  private static final class Specials implements CharacterData {
    @Override
    public String getErrorCode() {
      return "INSUFFICIENT_SPECIAL";
    }

    @Override
    public String getCharacters() {
      return CredentialGen.SPECIALS;
    }
  }

  /** Mostly near-valid text, so that both sides see many valid and many invalid inputs. */
  private static Gen<String> inputs() {
    return CredentialGen.anyText(140).mix(CredentialGen.validPasswords(), 40).mix(CredentialGen.validUsernames(), 20);
  }

  @Test
  @DisplayName("K5, D1: Passay with the default profile's password rules agrees on every generated string")
  void passwordValidityAgrees() {
    qt().withExamples(5000).forAll(inputs()).checkAssert(text -> assertEquals(
        PASSAY_PASSWORD.validate(new PasswordData(text)).isValid(), THYRIDA.checkPassword(text).isValid(), text));
  }

  @Test
  @DisplayName("K4: Passay with the default profile's username rules agrees on every generated string")
  void usernameValidityAgrees() {
    qt().withExamples(5000).forAll(inputs()).checkAssert(text -> assertEquals(
        PASSAY_USERNAME.validate(new PasswordData(text)).isValid(), THYRIDA.checkUsername(text).isValid(), text));
  }
}
