package dev.thyrida.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Identifiers — shape only")
class IdentifierTest {

  static Stream<Arguments> identifierTypes() {
    return Stream.of(
        Arguments.of("KepCode", (Function<String, Object>) KepCode::of),
        Arguments.of("MailboxId", (Function<String, Object>) MailboxId::of),
        Arguments.of("AgencyId", (Function<String, Object>) AgencyId::of),
        Arguments.of("ApplicationId", (Function<String, Object>) ApplicationId::of),
        Arguments.of("RequestId", (Function<String, Object>) RequestId::of),
        Arguments.of("DocumentId", (Function<String, Object>) DocumentId::of),
        Arguments.of("PostingId", (Function<String, Object>) PostingId::of));
  }

  @ParameterizedTest(name = "{0} accepts ids like K-01.a_b:9")
  @MethodSource("identifierTypes")
  void acceptsTheIdentifierAlphabet(String type, Function<String, Object> parse) {
    assertEquals("K-01.a_b:9", parse.apply("K-01.a_b:9").toString());
    assertEquals("x".repeat(64), parse.apply("x".repeat(64)).toString());
  }

  @ParameterizedTest(name = "{0} refuses empty, spaced, Greek, too long and null ids")
  @MethodSource("identifierTypes")
  void refusesOtherShapes(String type, Function<String, Object> parse) {
    for (String bad : new String[] {null, "", " K1", "K 1", "ΚΕΠ1", "x".repeat(65), "a/b"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> parse.apply(bad), String.valueOf(bad));
      assertEquals(type, e.valueType());
    }
  }

  @ParameterizedTest(name = "X6: TaxisNetUserId accepts \"{0}\"")
  @ValueSource(strings = {"User068933130", "a", "ΧΡΗΣΤΗΣ1"})
  void acceptsTaxisNetUserIds(String text) {
    assertEquals(text, TaxisNetUserId.of(text).value());
  }

  @ParameterizedTest(name = "X6: TaxisNetUserId refuses \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {" User1", "User 1", "User1\t", "User\u00001"})
  void refusesMalformedTaxisNetUserIds(String text) {
    assertThrows(InvalidValueException.class, () -> TaxisNetUserId.of(text));
  }

  @Test
  @DisplayName("K4, D4: a service username keeps any printable text; the policy judges it; folding ignores case")
  void serviceUsernameIsShapeOnly() {
    assertEquals("ΜαρίαP", ServiceUsername.of("ΜαρίαP").value());
    assertEquals("a b", ServiceUsername.of("a b").value());
    assertEquals("user_01", ServiceUsername.of("USER_01").folded());
    assertThrows(InvalidValueException.class, () -> ServiceUsername.of(""));
    assertThrows(InvalidValueException.class, () -> ServiceUsername.of("a\nb"));
    assertThrows(InvalidValueException.class, () -> ServiceUsername.of("a".repeat(1025)));
  }

  @Test
  @DisplayName("K3, X6: a person's name allows Greek, refuses blank, padded and control characters")
  void personName() {
    assertEquals("Γεώργιος Παπαδόπουλος", PersonName.of("Γεώργιος", "Παπαδόπουλος").toString());
    assertEquals("Anne-Marie", PersonName.of("Anne-Marie", "O'Neil").given());
    assertThrows(InvalidValueException.class, () -> PersonName.of(" ", "Παπαδόπουλος"));
    assertThrows(InvalidValueException.class, () -> PersonName.of("Γιώργος ", "Παπαδόπουλος"));
    assertThrows(InvalidValueException.class, () -> PersonName.of("Γιώργος", null));
    assertThrows(InvalidValueException.class, () -> PersonName.of("Γιώρ\u0007γος", "Π"));
  }

  @Test
  @DisplayName("C3: a decision reference is the protocol number as written, Greek allowed")
  void decisionReference() {
    assertEquals("Δ.Υ. 8/2025", DecisionReference.of("Δ.Υ. 8/2025").value());
    assertThrows(InvalidValueException.class, () -> DecisionReference.of(""));
    assertThrows(InvalidValueException.class, () -> DecisionReference.of("12/2024\n"));
  }
}
