package dev.thyrida.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.identity.ServiceUsername;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON form: decoding fails with a specific error naming the type and the field")
class DecodingErrorsTest {

  private static final LogJson JSON = LogJson.standard();
  private static final AddHandler ADD = (AddHandler) Sample.all().get("command-add-handler");
  private static final HandlerRemoved REMOVED = (HandlerRemoved) Sample.all().get("event-handler-removed");

  private static Encoded command(UnaryOperator<String> edit) {
    Encoded encoded = JSON.encode(ADD);
    return new Encoded(encoded.type(), encoded.version(), edit.apply(encoded.data()));
  }

  private static DecodingException refusedCommand(Encoded encoded) {
    return assertThrows(DecodingException.class, () -> JSON.decodeCommand(encoded));
  }

  private static void assertRefusal(DecodingException e, DecodingCode code, String type, String field) {
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(type, e.type());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(type) && e.getMessage().contains(field.isEmpty() ? "/" : field), e.getMessage());
  }

  @Test
  @DisplayName("an unknown type name is JSON_UNKNOWN_TYPE at /type")
  void unknownType() {
    DecodingException e = assertThrows(DecodingException.class,
        () -> JSON.decodeEvent(new Encoded("mailbox.handler-adopted", 1, "{}")));
    assertRefusal(e, DecodingCode.JSON_UNKNOWN_TYPE, "mailbox.handler-adopted", "/type");
  }

  @Test
  @DisplayName("a command's name read as an event is an unknown type: the registers are apart")
  void commandIsNoEvent() {
    DecodingException e = assertThrows(DecodingException.class, () -> JSON.decodeEvent(JSON.encode(ADD)));
    assertEquals(DecodingCode.JSON_UNKNOWN_TYPE, e.code());
  }

  @Test
  @DisplayName("a newer schema version is JSON_UNKNOWN_VERSION at /version")
  void newerVersion() {
    Encoded encoded = JSON.encode(ADD);
    DecodingException e = refusedCommand(new Encoded(encoded.type(), 2, encoded.data()));
    assertRefusal(e, DecodingCode.JSON_UNKNOWN_VERSION, "mailbox.add-handler", "/version");
  }

  @Test
  @DisplayName("a missing field is JSON_MISSING_FIELD naming it")
  void missingField() {
    DecodingException e = refusedCommand(command(data -> data.replace(",\"handler\":\"090000045\"", "")));
    assertRefusal(e, DecodingCode.JSON_MISSING_FIELD, "mailbox.add-handler", "/data/handler");
  }

  @Test
  @DisplayName("a nested field of the wrong JSON type is JSON_WRONG_TYPE naming its whole path")
  void wrongType() {
    DecodingException e = refusedCommand(command(data -> data.replace("\"birthYear\":1980", "\"birthYear\":\"1980\"")));
    assertRefusal(e, DecodingCode.JSON_WRONG_TYPE, "mailbox.add-handler", "/data/actor/identity/birthYear");
  }

  @Test
  @DisplayName("null where a value is required is JSON_WRONG_TYPE")
  void nullValue() {
    DecodingException e = refusedCommand(command(data -> data.replace("\"mailbox\":\"kep-0042-requests\"", "\"mailbox\":null")));
    assertRefusal(e, DecodingCode.JSON_WRONG_TYPE, "mailbox.add-handler", "/data/mailbox");
  }

  @Test
  @DisplayName("X7: a tax id whose check digit fails is JSON_INVALID_VALUE, in the value's own words")
  void invalidValue() {
    DecodingException e = refusedCommand(command(data -> data.replace("\"handler\":\"090000045\"", "\"handler\":\"123456789\"")));
    assertRefusal(e, DecodingCode.JSON_INVALID_VALUE, "mailbox.add-handler", "/data/handler");
    assertTrue(e.getMessage().contains("check digit"), e.getMessage());
  }

  @Test
  @DisplayName("a field the type does not have is JSON_UNKNOWN_FIELD")
  void unknownField() {
    DecodingException e = refusedCommand(command(data -> data.replace("{\"actor\"", "{\"priority\":1,\"actor\"")));
    assertRefusal(e, DecodingCode.JSON_UNKNOWN_FIELD, "mailbox.add-handler", "/data/priority");
  }

  @Test
  @DisplayName("a principal of an unknown kind is JSON_INVALID_VALUE at its kind")
  void unknownKind() {
    DecodingException e = refusedCommand(command(data -> data.replace("\"kind\":\"Employee\"", "\"kind\":\"Robot\"")));
    assertRefusal(e, DecodingCode.JSON_INVALID_VALUE, "mailbox.add-handler", "/data/actor/kind");
  }

  @Test
  @DisplayName("an instant with an offset other than Z is refused: instants are stored in UTC")
  void instantNotUtc() {
    DecodingException e = refusedCommand(command(data -> data.replace("\"issuedAt\":\"2026-03-02T08:00:00Z\"",
        "\"issuedAt\":\"2026-03-02T10:00:00+02:00\"")));
    assertRefusal(e, DecodingCode.JSON_INVALID_VALUE, "mailbox.add-handler", "/data/issuedAt");
  }

  @Test
  @DisplayName("text that is not JSON is JSON_MALFORMED, naming line and column")
  void malformed() {
    DecodingException e = refusedCommand(command(data -> data.substring(0, 40)));
    assertEquals(DecodingCode.JSON_MALFORMED, e.code());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    DecodingException duplicate = refusedCommand(command(data -> data.replace("{\"actor\"", "{\"mailbox\":\"x\",\"actor\"")));
    assertEquals(DecodingCode.JSON_MALFORMED, duplicate.code(), "a field written twice is not one value");
  }

  @Test
  @DisplayName("an envelope with another member, or without data, names it")
  void badEnvelope() {
    DecodingException extra = assertThrows(DecodingException.class,
        () -> LogJson.fromEnvelope("{\"type\":\"mailbox.activated\",\"version\":1,\"data\":{},\"id\":7}"));
    assertRefusal(extra, DecodingCode.JSON_UNKNOWN_FIELD, "mailbox.activated", "/id");
    DecodingException missing = assertThrows(DecodingException.class,
        () -> LogJson.fromEnvelope("{\"type\":\"mailbox.activated\",\"version\":1}"));
    assertRefusal(missing, DecodingCode.JSON_MISSING_FIELD, "mailbox.activated", "/data");
  }

  @Test
  @DisplayName("an upcaster lifts a host's older layout (version 0) to the current one; without it the version is unknown")
  void upcaster() {
    String old = JSON.encode(REMOVED).data().replace("\"handler\":", "\"user\":");
    Encoded stored = new Encoded(HandlerRemoved.TYPE, 0, old);
    DecodingException e = assertThrows(DecodingException.class, () -> JSON.decodeEvent(stored));
    assertRefusal(e, DecodingCode.JSON_UNKNOWN_VERSION, HandlerRemoved.TYPE, "/version");
    LogJson lifting = JSON.upcasting(HandlerRemoved.TYPE, 0, data -> {
      ObjectNode lifted = data.deepCopy();
      lifted.set("handler", lifted.remove("user"));
      return lifted;
    });
    assertEquals(REMOVED, lifting.decodeEvent(stored));
    assertThrows(IllegalArgumentException.class, () -> JSON.upcasting("mailbox.handler-adopted", 0, data -> data));
    assertThrows(IllegalArgumentException.class, () -> JSON.upcasting(HandlerRemoved.TYPE, 1, data -> data));
  }

  @Test
  @DisplayName("D5: a command that carries a password is refused by the encoder, and the refusal does not show it")
  void passwordsAreNeverWritten() {
    Password secret = Password.of("Maria_Kon_2024!");
    CreateServiceAccount create = new CreateServiceAccount(Sample.EMPLOYEE, Sample.AT, ServiceUsername.of("maria_k"), secret, secret);
    ChangePassword change = new ChangePassword(Sample.EMPLOYEE, Sample.AT, secret, secret);
    for (var command : java.util.List.of(create, change)) {
      UnencodableCommand refused = assertThrows(UnencodableCommand.class, () -> JSON.encode(command));
      assertFalse(refused.getMessage().contains(secret.reveal()));
      assertTrue(refused.getMessage().contains("D5"));
    }
    assertTrue(CommandTypes.nameOf(CreateServiceAccount.class).isEmpty() && CommandTypes.nameOf(ChangePassword.class).isEmpty());
  }
}
