package dev.thyrida.core.kep;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import dev.thyrida.core.style.ThyridaStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pcollections.OrderedPSet;

/**
 * A mailbox on gov.gr (θυρίδα): its owner, activation state, administrators (διαχειριστές),
 * handlers (χειριστές, our MailboxUser) and any designation awaiting approval (C1, C2, C7, L26-1,
 * X2, X3).
 *
 * <p>The sets are persistent (ADR 0011): each {@code with…} method costs O(log n). The limit of two
 * administrators (X2) is the policy's; the model keeps whatever set it is given.
 *
 * @param id the mailbox's id
 * @param owner whose mailbox it is; gives its kind
 * @param state inactive or active
 * @param administrators the administrators, in the order they were designated
 * @param handlers the handlers (MailboxUser)
 * @param pendingDesignation a designation awaiting approval (X3), if any
 */
@ThyridaStyle
@Value.Builder
public record Mailbox(
    MailboxId id,
    MailboxOwner owner,
    MailboxState state,
    Set<TaxId> administrators,
    Set<TaxId> handlers,
    Optional<PendingDesignation> pendingDesignation) {

  private static final String TYPE = "Mailbox";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static MailboxBuilder builder() {
    return new MailboxBuilder();
  }

  /**
   * Checks presence and freezes the sets.
   *
   * @param id the id
   * @param owner the owner
   * @param state the state
   * @param administrators the administrators, in order
   * @param handlers the handlers
   * @param pendingDesignation the pending designation, if any
   * @throws dev.thyrida.core.identity.InvalidValueException when a component or element is missing
   */
  public Mailbox {
    Shape.required(TYPE, "id", id);
    Shape.required(TYPE, "owner", owner);
    Shape.required(TYPE, "state", state);
    administrators = Persistent.orderedSet(TYPE, "administrators", administrators);
    handlers = Persistent.set(TYPE, "handlers", handlers);
    Shape.required(TYPE, "pendingDesignation", pendingDesignation);
  }

  /**
   * A new, inactive mailbox with no administrators and no handlers.
   *
   * @param id the id
   * @param owner the owner
   * @return the mailbox
   */
  public static Mailbox created(MailboxId id, MailboxOwner owner) {
    return new Mailbox(id, owner, MailboxState.INACTIVE, OrderedPSet.empty(), Set.of(), Optional.empty());
  }

  /**
   * The kind, from the owner.
   *
   * @return the kind
   */
  public MailboxKind kind() {
    return owner.kind();
  }

  /**
   * The KEP whose request mailbox this is.
   *
   * @return the KEP's code, or empty for a citizen's or agency's mailbox
   */
  public Optional<KepCode> kep() {
    return owner instanceof MailboxOwner.OfKep
        ? Optional.of(((MailboxOwner.OfKep) owner).kep())
        : Optional.empty();
  }

  /**
   * Tells whether the mailbox is active (C1).
   *
   * @return true when active
   */
  public boolean isActive() {
    return state == MailboxState.ACTIVE;
  }

  /**
   * This mailbox in another state.
   *
   * @param newState the state
   * @return a copy in that state
   */
  public Mailbox withState(MailboxState newState) {
    return new Mailbox(id, owner, newState, administrators, handlers, pendingDesignation);
  }

  /**
   * This mailbox with one more handler (C2).
   *
   * @param handler the handler's tax id
   * @return a copy with the handler
   */
  public Mailbox withHandler(TaxId handler) {
    return withHandlers(Persistent.set(TYPE, "handlers", handlers).plus(handler));
  }

  /**
   * This mailbox without a handler (C5, C6).
   *
   * @param handler the handler's tax id
   * @return a copy without the handler
   */
  public Mailbox withoutHandler(TaxId handler) {
    return withHandlers(Persistent.set(TYPE, "handlers", handlers).minus(handler));
  }

  /**
   * This mailbox with one more administrator, last in order (C1, C7).
   *
   * @param administrator the administrator's tax id
   * @return a copy with the administrator
   */
  public Mailbox withAdministrator(TaxId administrator) {
    return withAdministrators(Persistent.orderedSet(TYPE, "administrators", administrators).plus(administrator));
  }

  /**
   * This mailbox without an administrator (C7, D6).
   *
   * @param administrator the administrator's tax id
   * @return a copy without the administrator
   */
  public Mailbox withoutAdministrator(TaxId administrator) {
    return withAdministrators(Persistent.orderedSet(TYPE, "administrators", administrators).minus(administrator));
  }

  /**
   * This mailbox with or without a designation awaiting approval (X3).
   *
   * @param pending the pending designation, or empty to clear it
   * @return a copy with that pending designation
   */
  public Mailbox withPendingDesignation(Optional<PendingDesignation> pending) {
    return new Mailbox(id, owner, state, administrators, handlers, pending);
  }

  private Mailbox withHandlers(Set<TaxId> newHandlers) {
    return new Mailbox(id, owner, state, administrators, newHandlers, pendingDesignation);
  }

  private Mailbox withAdministrators(Set<TaxId> newAdministrators) {
    return new Mailbox(id, owner, state, newAdministrators, handlers, pendingDesignation);
  }
}
