package dev.thyrida.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.Role;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Value constructors: accept, or throw InvalidValueException")
class ValueProperties {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** Any code point, and separately printable ASCII so that acceptable ids come up often. */
  private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 80)
      .mix(strings().ascii().ofLengthBetween(0, 70));

  private static final List<Function<String, Object>> TEXT_VALUES = List.of(
      KepCode::of, MailboxId::of, AgencyId::of, ApplicationId::of, RequestId::of, DocumentId::of, PostingId::of,
      TaxisNetUserId::of, ServiceUsername::of, DecisionReference::of, Role::of, TaxId::of,
      text -> PersonName.of(text, text), text -> PersonName.of("Ελένη", text));

  private static boolean acceptsOrRefuses(Function<String, Object> parse, String text) {
    try {
      parse.apply(text);
      return true;
    } catch (InvalidValueException refused) {
      return false;
    }
  }

  @Test
  @DisplayName("every value's constructor either accepts or throws InvalidValueException, for any string")
  void everyValueAcceptsOrThrowsInvalidValueException() {
    qt().forAll(ANY).checkAssert(text -> TEXT_VALUES.forEach(parse -> acceptsOrRefuses(parse, text)));
  }

  @Test
  @DisplayName("an identifier is accepted exactly when it has 1 to 64 characters of [A-Za-z0-9._:-]")
  void identifiersAcceptExactlyTheirAlphabet() {
    qt().forAll(ANY).checkAssert(text ->
        assertEquals(IDENTIFIER.matcher(text).matches(), acceptsOrRefuses(KepCode::of, text), text));
  }

  @Test
  @DisplayName("an accepted value keeps its text unchanged")
  void acceptedValuesKeepTheirText() {
    qt().forAll(ANY).checkAssert(text -> {
      if (acceptsOrRefuses(ServiceUsername::of, text)) {
        assertEquals(text, ServiceUsername.of(text).value());
      }
      if (acceptsOrRefuses(DecisionReference::of, text)) {
        assertEquals(text, DecisionReference.of(text).value());
      }
    });
  }

  @Test
  @DisplayName("D5: a password accepts any text, never prints it, and equals exactly the same text")
  void passwordsNeverPrint() {
    qt().forAll(ANY, ANY).checkAssert((a, b) -> {
      assertEquals(Password.MASK, Password.of(a).toString());
      assertEquals(a.equals(b), Password.of(a).equals(Password.of(b)));
    });
  }
}
