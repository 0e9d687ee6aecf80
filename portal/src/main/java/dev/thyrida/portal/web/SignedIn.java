package dev.thyrida.portal.web;

import dev.thyrida.spring.gsis.GsisUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on this request, if any (from Spring Security's context). */
public final class SignedIn {

  private SignedIn() {}

  /**
   * The GSIS user of the current request.
   *
   * @return the user, or empty when nobody is signed in
   */
  public static Optional<GsisUser> user() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof GsisUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }
}
