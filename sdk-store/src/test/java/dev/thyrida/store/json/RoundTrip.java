package dev.thyrida.store.json;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.property.Postcondition;

/** The round trip every property here checks, and what it saw. */
final class RoundTrip {

  private static final LogJson JSON = LogJson.standard();

  private RoundTrip() {}

  /**
   * Encodes and decodes an event, and requires the same event back, also through the envelope text.
   *
   * @param event the event
   */
  static void event(Event event) {
    Encoded encoded = JSON.encode(event);
    Postcondition.require(encoded.type().equals(event.type()), "an event is written under its own type name");
    Postcondition.require(JSON.decodeEvent(encoded).equals(event), "every event decodes to an equal event");
    Postcondition.require(JSON.decodeEvent(LogJson.fromEnvelope(LogJson.envelope(encoded))).equals(event),
        "every event's envelope text decodes to an equal event");
  }

  /**
   * Encodes and decodes a command; one that carries a password must be refused without showing it.
   *
   * @param command the command
   * @param password the password it carries, if any
   */
  static void command(Command command, Password password) {
    if (password != null) {
      try {
        JSON.encode(command);
        Postcondition.require(false, "a command with a password is refused (D5)");
      } catch (UnencodableCommand refused) {
        Postcondition.require(!refused.getMessage().contains(password.reveal()), "the refusal never shows the password (D5)");
      }
      return;
    }
    Encoded encoded = JSON.encode(command);
    Postcondition.require(JSON.decodeCommand(encoded).equals(command), "every command decodes to an equal command");
  }
}
