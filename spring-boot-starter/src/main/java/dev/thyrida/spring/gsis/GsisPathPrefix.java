package dev.thyrida.spring.gsis;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two GSIS OAuth2 paths (X6): citizens' personal TAXISnet login, and public-administration
 * employees' service credentials (Κωδικοί Δημόσιας Διοίκησης); each is one client registration.
 */
public enum GsisPathPrefix {
  /** {@code /oauth2server}: personal TAXISnet credentials (citizens, and employees managing their own account, K2). */
  CITIZEN("gsis-citizen", "/oauth2server"),
  /** {@code /oauth2servergov}: public-administration service credentials (C9, K1). */
  PUBLIC_ADMINISTRATION("gsis-public-administration", "/oauth2servergov");

  private final String registrationId;
  private final String prefix;

  GsisPathPrefix(String registrationId, String prefix) {
    this.registrationId = registrationId;
    this.prefix = prefix;
  }

  /**
   * The Spring client registration id of this path, e.g. {@code gsis-citizen}.
   *
   * @return the id
   */
  public String registrationId() {
    return registrationId;
  }

  /**
   * The path's prefix on the GSIS host.
   *
   * @return e.g. {@code /oauth2server}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The path a registration id names.
   *
   * @param registrationId a client registration id
   * @return the path, or empty when the id is not one of GSIS's
   */
  public static Optional<GsisPathPrefix> ofRegistration(String registrationId) {
    return Arrays.stream(values()).filter(each -> each.registrationId.equals(registrationId)).findFirst();
  }
}
