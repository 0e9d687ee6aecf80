package dev.thyrida.core.principal;

import dev.thyrida.core.identity.Shape;

/**
 * Who did it (ενεργών): the part of a principal an event keeps, with no names or credentials.
 *
 * @param kind the kind of principal
 * @param id the person's tax id, the host system's name, or empty for the unauthenticated
 */
public record Actor(ActorKind kind, String id) {

  /**
   * Checks both components are present.
   *
   * @param kind the kind
   * @param id the id
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public Actor {
    Shape.required("Actor", "kind", kind);
    Shape.required("Actor", "id", id);
  }

  /**
   * The actor of a principal.
   *
   * @param principal the principal
   * @return its kind and its tax id or name
   */
  public static Actor of(Principal principal) {
    Shape.required("Actor", "principal", principal);
    if (principal instanceof Principal.HostSystem) {
      return new Actor(ActorKind.HOST_SYSTEM, ((Principal.HostSystem) principal).name());
    }
    String id = principal.taxId().map(Object::toString).orElse("");
    return new Actor(kindOf(principal), id);
  }

  /**
   * The kind of actor a principal is, as {@link #of} gives it, without building the actor.
   *
   * @param principal the principal
   * @return its kind
   */
  public static ActorKind kindOf(Principal principal) {
    Shape.required("Actor", "principal", principal);
    if (principal instanceof Principal.HostSystem) {
      return ActorKind.HOST_SYSTEM;
    }
    if (principal instanceof Principal.Citizen) {
      return ActorKind.CITIZEN;
    }
    if (principal instanceof Principal.Employee) {
      return ActorKind.EMPLOYEE;
    }
    if (principal instanceof Principal.MinistryOfficial) {
      return ActorKind.MINISTRY_OFFICIAL;
    }
    return ActorKind.UNAUTHENTICATED;
  }

  @Override
  public String toString() {
    return id.isEmpty() ? kind.toString() : kind + ":" + id;
  }
}
