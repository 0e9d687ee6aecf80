package dev.thyrida.portal.web;

import dev.thyrida.core.staff.Employee;
import dev.thyrida.spring.gsis.GsisUser;
import dev.thyrida.store.host.KeptDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * C6: once HR records a person's status loss, their session ends on their very next request,
 * whatever page they had open: the session is invalidated and they land on the start page.
 */
public final class StatusLossFilter extends OncePerRequestFilter {

  private final KeptDirectory kept;
  private final Now now;

  /**
   * A filter reading the kept directory.
   *
   * @param kept the directory
   * @param now the clock
   */
  public StatusLossFilter(KeptDirectory kept, Now now) {
    this.kept = kept;
    this.now = now;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<GsisUser> user = SignedIn.user();
    if (user.isPresent() && lost(user.get(), now.instant())) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/?sessionEnded");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean lost(GsisUser user, Instant at) {
    Optional<Employee> employee = kept.snapshot().directory().employee(user.identity().taxId());
    return employee.isPresent() && !employee.get().inServiceAt(at);
  }
}
