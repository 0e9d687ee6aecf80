package dev.thyrida.policy.access;

import dev.thyrida.core.identity.InvalidValueException;

/** The presence check of this package's values: a missing component is an invalid value. */
final class Presence {

  private Presence() {}

  static <T> T required(String type, String component, T value) {
    if (value == null) {
      throw new InvalidValueException(type, component + " is required");
    }
    return value;
  }
}
