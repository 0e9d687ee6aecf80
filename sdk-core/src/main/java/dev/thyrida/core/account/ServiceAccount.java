package dev.thyrida.core.account;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An employee's public-administration service account (Κωδικοί Δημόσιας Διοίκησης): one per
 * employee, separate from TAXISnet, with per-application authorisations from their agency (K1, K3,
 * K8, X5). It holds no password (D5).
 *
 * @param holder the employee's tax id
 * @param username the service username, unique ignoring case (D4)
 * @param createdAt when the account was created
 * @param changedAt when its username or password last changed (equal to createdAt at first)
 * @param state active or suspended
 * @param authorisations the authorisations, by application (persistent, ADR 0011)
 */
@ThyridaStyle
@Value.Builder
public record ServiceAccount(
    TaxId holder,
    ServiceUsername username,
    Instant createdAt,
    Instant changedAt,
    AccountState state,
    Map<ApplicationId, Authorisation> authorisations) {

  private static final String TYPE = "ServiceAccount";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static ServiceAccountBuilder builder() {
    return new ServiceAccountBuilder();
  }

  /**
   * Checks presence and freezes the authorisations.
   *
   * @param holder the holder
   * @param username the username
   * @param createdAt the creation instant
   * @param changedAt the last change
   * @param state the state
   * @param authorisations the authorisations by application
   * @throws dev.thyrida.core.identity.InvalidValueException when a component is missing
   */
  public ServiceAccount {
    Shape.required(TYPE, "holder", holder);
    Shape.required(TYPE, "username", username);
    Shape.required(TYPE, "createdAt", createdAt);
    Shape.required(TYPE, "changedAt", changedAt);
    Shape.required(TYPE, "state", state);
    authorisations = Persistent.map(TYPE, "authorisations", authorisations);
  }

  /**
   * A new, active account with no authorisations (K3).
   *
   * @param holder the holder
   * @param username the username
   * @param createdAt the creation instant
   * @return the account
   */
  public static ServiceAccount created(TaxId holder, ServiceUsername username, Instant createdAt) {
    return new ServiceAccount(holder, username, createdAt, createdAt, AccountState.ACTIVE, Map.of());
  }

  /**
   * The authorisation for an application (K8).
   *
   * @param application the application
   * @return the authorisation, or empty when there is none
   */
  public Optional<Authorisation> authorisation(ApplicationId application) {
    return Optional.ofNullable(authorisations.get(application));
  }

  /**
   * This account after a change of password, which the account does not keep (K3, D5).
   *
   * @param at when
   * @return a copy changed at that instant
   */
  public ServiceAccount changedAt(Instant at) {
    return new ServiceAccount(holder, username, createdAt, at, state, authorisations);
  }

  /**
   * This account with another username (K3).
   *
   * @param newUsername the username
   * @param at when
   * @return a copy with that username, changed at that instant
   */
  public ServiceAccount withUsername(ServiceUsername newUsername, Instant at) {
    return new ServiceAccount(holder, newUsername, createdAt, at, state, authorisations);
  }

  /**
   * This account in another state.
   *
   * @param newState the state
   * @return a copy in that state
   */
  public ServiceAccount withState(AccountState newState) {
    return new ServiceAccount(holder, username, createdAt, changedAt, newState, authorisations);
  }

  /**
   * This account with an authorisation granted or replaced (X5).
   *
   * @param authorisation the authorisation
   * @return a copy with it
   */
  public ServiceAccount withAuthorisation(Authorisation authorisation) {
    return new ServiceAccount(holder, username, createdAt, changedAt, state,
        Persistent.map(TYPE, "authorisations", authorisations).plus(authorisation.application(), authorisation));
  }

  /**
   * This account without the authorisation for an application (X5, D6).
   *
   * @param application the application
   * @return a copy without it
   */
  public ServiceAccount withoutAuthorisation(ApplicationId application) {
    return new ServiceAccount(holder, username, createdAt, changedAt, state,
        Persistent.map(TYPE, "authorisations", authorisations).minus(application));
  }
}
