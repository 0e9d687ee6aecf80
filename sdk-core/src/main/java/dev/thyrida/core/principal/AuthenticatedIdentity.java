package dev.thyrida.core.principal;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.style.ThyridaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's identity as the host verified it (ταυτοποιημένη ταυτότητα): what the GSIS userinfo
 * answer yields (X6). Never a password: the SDK receives only the verified result (C8, D9).
 *
 * @param taxId the tax id (ΑΦΜ)
 * @param userId the TAXISnet user id
 * @param name the given and family name
 * @param fatherName the father's name (πατρώνυμο), if given
 * @param motherName the mother's name (μητρώνυμο), if given
 * @param birthYear the year of birth, if given
 */
@ThyridaStyle
@Value.Builder
public record AuthenticatedIdentity(
    TaxId taxId,
    TaxisNetUserId userId,
    PersonName name,
    Optional<String> fatherName,
    Optional<String> motherName,
    Optional<Integer> birthYear) {

  private static final String TYPE = "AuthenticatedIdentity";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AuthenticatedIdentityBuilder builder() {
    return new AuthenticatedIdentityBuilder();
  }

  /**
   * Checks the components.
   *
   * @param taxId the tax id
   * @param userId the TAXISnet user id
   * @param name the name
   * @param fatherName the father's name: when present, shaped like a name part
   * @param motherName the mother's name: when present, shaped like a name part
   * @param birthYear the year of birth: when present, between 1000 and 9999
   * @throws InvalidValueException when a component is missing or malformed
   */
  public AuthenticatedIdentity {
    Shape.required(TYPE, "taxId", taxId);
    Shape.required(TYPE, "userId", userId);
    Shape.required(TYPE, "name", name);
    Shape.required(TYPE, "fatherName", fatherName)
        .ifPresent(text -> Shape.text(TYPE, "fatherName", text, PersonName.MAX_LENGTH));
    Shape.required(TYPE, "motherName", motherName)
        .ifPresent(text -> Shape.text(TYPE, "motherName", text, PersonName.MAX_LENGTH));
    Shape.required(TYPE, "birthYear", birthYear).ifPresent(year -> {
      if (year < 1000 || year > 9999) {
        throw new InvalidValueException(TYPE, "birthYear has four digits");
      }
    });
  }

  /**
   * An identity with only the required parts.
   *
   * @param taxId the tax id
   * @param userId the TAXISnet user id
   * @param name the name
   * @return the identity
   */
  public static AuthenticatedIdentity of(TaxId taxId, TaxisNetUserId userId, PersonName name) {
    return new AuthenticatedIdentity(taxId, userId, name, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
