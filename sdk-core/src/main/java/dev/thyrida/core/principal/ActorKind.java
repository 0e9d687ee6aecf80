package dev.thyrida.core.principal;

/** The kind of principal an event records as its actor (L26-3). */
public enum ActorKind {
  /** Nobody authenticated. */
  UNAUTHENTICATED,
  /** A citizen. */
  CITIZEN,
  /** A public employee. */
  EMPLOYEE,
  /** A Ministry official. */
  MINISTRY_OFFICIAL,
  /** The host system. */
  HOST_SYSTEM
}
