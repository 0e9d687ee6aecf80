package dev.thyrida.spring.autoconfigure;

import dev.thyrida.spring.gsis.GsisPathPrefix;
import dev.thyrida.spring.gsis.GsisRegistrations;
import dev.thyrida.spring.gsis.GsisUserService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The GSIS login for Spring Security's OAuth2 client: one registration per configured path
 * ({@code gsis-citizen}, {@code gsis-public-administration}) and the user service that reads the XML
 * userinfo with the SDK's parser (ADR 0150). On when {@code thyrida.gsis.host} is set.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass({ClientRegistration.class, OAuth2UserService.class})
@ConditionalOnProperty(prefix = "thyrida.gsis", name = "host")
@EnableConfigurationProperties(GsisProperties.class)
public class GsisLoginAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GsisLoginAutoConfiguration() {}

  /**
   * The registrations of the paths whose client id is set.
   *
   * @param properties the properties
   * @return the repository
   * @throws IllegalStateException when no path has a client id
   */
  @Bean
  @ConditionalOnMissingBean
  public ClientRegistrationRepository gsisClientRegistrations(GsisProperties properties) {
    List<ClientRegistration> registrations = new ArrayList<>();
    add(registrations, GsisPathPrefix.CITIZEN, properties.getCitizen(), properties);
    add(registrations, GsisPathPrefix.PUBLIC_ADMINISTRATION, properties.getPublicAdministration(), properties);
    if (registrations.isEmpty()) {
      throw new IllegalStateException("thyrida.gsis.host is set, but neither thyrida.gsis.citizen.client-id"
          + " nor thyrida.gsis.public-administration.client-id is");
    }
    return new InMemoryClientRegistrationRepository(registrations);
  }

  /**
   * The user service: XML userinfo to the SDK's identity.
   *
   * @return the service
   */
  @Bean
  @ConditionalOnMissingBean
  public OAuth2UserService<OAuth2UserRequest, OAuth2User> gsisUserService() {
    return GsisUserService.standard();
  }

  private static void add(List<ClientRegistration> registrations, GsisPathPrefix path, GsisProperties.Client client,
      GsisProperties properties) {
    if (client.getClientId() == null || client.getClientId().isBlank()) {
      return;
    }
    registrations.add(GsisRegistrations.of(path, properties.getHost(), client.getClientId(),
        client.getClientSecret(), client.getRedirectUri(), properties.isPkce()));
  }
}
