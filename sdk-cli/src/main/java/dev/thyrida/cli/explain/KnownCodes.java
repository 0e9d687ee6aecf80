package dev.thyrida.cli.explain;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.codes.Codes;
import java.util.List;

/** The SDK's codes by name, from the policy's one namespace ({@link Codes}). */
final class KnownCodes {

  private KnownCodes() {}

  /** The codes with a name, ignoring case: one, since names are unique across the SDK (ADR 0098). */
  static List<ViolationCode> named(String name) {
    return Codes.all().stream().filter(code -> code.name().equalsIgnoreCase(name)).toList();
  }

  /** The enum a code belongs to, whose bundle holds its message. */
  static Class<?> type(ViolationCode code) {
    return ((Enum<?>) code).getDeclaringClass();
  }
}
