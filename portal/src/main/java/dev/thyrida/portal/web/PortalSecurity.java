package dev.thyrida.portal.web;

import dev.thyrida.store.host.KeptDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which page: the start page, the sign-in and static files for everyone, the rest
 * after a GSIS login; CSRF tokens on every form (Spring's default, kept on); a status loss ends the
 * session (C6). The SDK, not this class, decides every action.
 */
@Configuration
public class PortalSecurity {

  /** Spring creates it. */
  PortalSecurity() {}

  @Bean
  SecurityFilterChain portalFilterChain(HttpSecurity http, KeptDirectory kept, Now now) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/dev/sign-in", "/css/**", "/js/**", "/error", "/credentials/profile.json").permitAll()
            .anyRequest().authenticated())
        .oauth2Login(login -> login.loginPage("/").defaultSuccessUrl("/home", true).failureUrl("/?failed"))
        .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .addFilterBefore(new StatusLossFilter(kept, now), AnonymousAuthenticationFilter.class)
        .build();
  }
}
