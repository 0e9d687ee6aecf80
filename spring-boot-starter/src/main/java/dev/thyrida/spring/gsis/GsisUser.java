package dev.thyrida.spring.gsis;

import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The person GSIS authenticated (ταυτοποιημένος χρήστης), as Spring Security's OAuth2 user: the
 * SDK's {@link AuthenticatedIdentity}, and how it was verified. Its name is the tax id; its
 * attributes are the identity's parts, never a token or a secret.
 *
 * @param identity the identity the userinfo answer carried
 * @param path the GSIS path the person signed in on
 */
public record GsisUser(AuthenticatedIdentity identity, GsisPathPrefix path) implements OAuth2User {

  /**
   * How the person was verified: personal TAXISnet on the citizen path, service credentials on the
   * public-administration path.
   *
   * @return the authentication
   */
  public Authentication authentication() {
    return path == GsisPathPrefix.PUBLIC_ADMINISTRATION
        ? Authentication.SERVICE_CREDENTIALS
        : Authentication.TAXISNET_PERSONAL;
  }

  /**
   * The person as an employee issuing commands; signed in with service credentials, the service
   * username is the user id GSIS returned (K1, K3).
   *
   * @return the principal
   */
  public Principal.Employee employee() {
    Optional<ServiceUsername> username = path == GsisPathPrefix.PUBLIC_ADMINISTRATION
        ? Optional.of(ServiceUsername.of(identity.userId().value()))
        : Optional.empty();
    return new Principal.Employee(identity, authentication(), username);
  }

  /**
   * The person as a citizen (L26-3).
   *
   * @return the principal
   */
  public Principal.Citizen citizen() {
    return new Principal.Citizen(identity, authentication());
  }

  @Override
  public Map<String, Object> getAttributes() {
    return Map.of(
        "taxid", identity.taxId().value(),
        "userid", identity.userId().value(),
        "firstname", identity.name().given(),
        "lastname", identity.name().family());
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("GSIS_" + path.name()));
  }

  @Override
  public String getName() {
    return identity.taxId().value();
  }
}
