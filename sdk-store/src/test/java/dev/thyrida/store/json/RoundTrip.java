package dev.thyrida.store.json;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.property.Postcondition;

/** The round trip every property here checks, and what it saw. */
final class RoundTrip {

  private static final LogJson JSON = LogJson.standard();

  /** How many of each type are also checked against the schema (the validator is slow). */
  private static final int SCHEMA_CHECKS_PER_TYPE = 40;
  private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> CHECKED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private RoundTrip() {}

  private static boolean sampled(String type) {
    return CHECKED.computeIfAbsent(type, t -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet()
        <= SCHEMA_CHECKS_PER_TYPE;
  }

  /**
   * Encodes and decodes an event, and requires the same event back, also through the envelope text;
   * the first {@value #SCHEMA_CHECKS_PER_TYPE} of each type are also validated against the published schema.
   *
   * @param event the event
   */
  static void event(Event event) {
    Encoded encoded = JSON.encode(event);
    Postcondition.require(encoded.type().equals(event.type()), "an event is written under its own type name");
    Postcondition.require(JSON.decodeEvent(encoded).equals(event), "every event decodes to an equal event");
    String envelope = LogJson.envelope(encoded);
    Postcondition.require(JSON.decodeEvent(LogJson.fromEnvelope(envelope)).equals(event),
        "every event's envelope text decodes to an equal event");
    if (sampled(event.type())) {
      Postcondition.require(PublishedSchema.errors(envelope).isEmpty(), "every event's envelope conforms to the published schema");
    }
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
    if (sampled(encoded.type())) {
      Postcondition.require(PublishedSchema.errors(LogJson.envelope(encoded)).isEmpty(),
          "every command's envelope conforms to the published schema");
    }
  }
}
