package dev.thyrida.policy.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("K4, K5, D1-D3: properties of the credential rules")
class CredentialProperties {

  private static final CredentialPolicy POLICY = CredentialPolicy.defaults();

  @Test
  @DisplayName("K4, K5: a generated valid username and a generated valid password are accepted")
  void validCredentialsAreAccepted() {
    qt().forAll(CredentialGen.validUsernames()).checkAssert(username ->
        assertEquals(Set.of(), POLICY.checkUsername(username).codes(), username));
    qt().forAll(CredentialGen.validPasswords()).checkAssert(password ->
        assertTrue(POLICY.checkPassword(password, password).isValid()));
  }

  @Test
  @DisplayName("D3: inserting one Greek character anywhere adds exactly the Greek code")
  void insertingGreekAddsExactlyTheGreekCode() {
    qt().forAll(CredentialGen.validUsernames(), CredentialGen.positions(), CredentialGen.greek())
        .checkAssert((username, at, greek) -> assertEquals(Set.of(CredentialCode.USERNAME_GREEK_CHARACTER),
            POLICY.checkUsername(CredentialGen.insert(username, at, greek)).codes()));
    qt().forAll(CredentialGen.validPasswords(), CredentialGen.positions(), CredentialGen.greek())
        .checkAssert((password, at, greek) -> assertEquals(Set.of(CredentialCode.PASSWORD_GREEK_CHARACTER),
            POLICY.checkPassword(CredentialGen.insert(password, at, greek)).codes()));
  }

  @Test
  @DisplayName("K4, D1: inserting one illegal character anywhere adds exactly the illegal-character code")
  void insertingAnIllegalCharacterAddsExactlyTheIllegalCode() {
    qt().forAll(CredentialGen.validUsernames(), CredentialGen.positions(), CredentialGen.illegal())
        .checkAssert((username, at, illegal) -> assertEquals(Set.of(CredentialCode.USERNAME_ILLEGAL_CHARACTER),
            POLICY.checkUsername(CredentialGen.insert(username, at, illegal)).codes()));
    qt().forAll(CredentialGen.validPasswords(), CredentialGen.positions(), CredentialGen.illegal())
        .checkAssert((password, at, illegal) -> assertEquals(Set.of(CredentialCode.PASSWORD_ILLEGAL_CHARACTER),
            POLICY.checkPassword(CredentialGen.insert(password, at, illegal)).codes()));
  }

  @Test
  @DisplayName("K5: removing the only member of a class adds exactly that class's code")
  void removingTheOnlyMemberOfAClassAddsItsCode() {
    qt().forAll(Generate.enumValues(CharacterClass.class).flatMap(CredentialGen::passwordsWithOnly))
        .checkAssert(row -> {
          CharacterClass only = row.only();
          String password = row.password();
          assertTrue(POLICY.checkPassword(password).isValid(), "before removal");
          StringBuilder removed = new StringBuilder();
          password.codePoints().filter(cp -> CredentialGen.classOf(cp) != only).forEach(removed::appendCodePoint);
          assertEquals(Set.of(code(only)), POLICY.checkPassword(removed).codes());
        });
  }

  private static CredentialCode code(CharacterClass only) {
    return CredentialCode.valueOf("PASSWORD_NO_" + only.name());
  }

  @Test
  @DisplayName("K4, K5: judging never throws, and a required code comes alone, for any text")
  void neverThrows() {
    qt().forAll(CredentialGen.anyText(200), CredentialGen.anyText(20)).checkAssert((text, other) -> {
      CredentialVerdict username = POLICY.checkUsername(text, java.util.Optional.of(other));
      CredentialVerdict password = POLICY.checkPassword(text, other);
      assertEquals(username.isValid(), username.violations().isEmpty());
      if (text.isEmpty()) {
        assertEquals(Set.of(CredentialCode.USERNAME_REQUIRED), username.codes());
        assertEquals(Set.of(CredentialCode.PASSWORD_REQUIRED), password.codes());
      }
      password.violations().forEach(violation -> violation.parameters().values().forEach(value ->
          assertTrue(text.length() < 3 || !value.contains(text), "D5: " + violation.code())));
    });
  }

  @Test
  @DisplayName("K4, K5: the set of codes does not change when the input's code points are permuted")
  void codesArePermutationInvariant() {
    qt().forAll(CredentialGen.textWithoutSurrogates(140), longs().all()).checkAssert((text, seed) -> {
      String permuted = CredentialGen.shuffle(text, seed);
      Set<CredentialCode> username = EnumSet.copyOf(POLICY.checkUsername(text).codes());
      assertEquals(username.isEmpty() ? Set.of() : username, POLICY.checkUsername(permuted).codes());
      assertEquals(POLICY.checkPassword(text).codes(), POLICY.checkPassword(permuted).codes());
    });
  }
}
