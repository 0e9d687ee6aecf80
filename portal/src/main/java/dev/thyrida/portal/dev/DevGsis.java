package dev.thyrida.portal.dev;

import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisPath;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In development ({@code thyrida.portal.dev-gsis=true}, the default), the testkit's fake GSIS server
 * stands in for GSIS: started before the context, with a client per path registered for this
 * portal's redirect URIs, and {@code thyrida.gsis.*} pointed at it. In production set the property to
 * false and {@code thyrida.gsis.*} to GSIS itself.
 */
public final class DevGsis implements ApplicationListener<SpringApplicationEvent> {

  /** The dev client of both paths; its secret is a dev value, not a credential. */
  static final String CLIENT = "thyrida-portal-dev";

  private FakeGsisServer server;

  /** Creates the listener; the application adds it. */
  public DevGsis() {}

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      start(prepared.getEnvironment());
    } else if (event instanceof ApplicationPreparedEvent ready && server != null) {
      ready.getApplicationContext().getBeanFactory().registerSingleton("devGsisServer", server);
      FakeGsisServer started = server;
      ApplicationListener<ContextClosedEvent> stop = closed -> started.close();
      ready.getApplicationContext().addApplicationListener(stop);
    }
  }

  private void start(ConfigurableEnvironment environment) {
    if (!environment.getProperty("thyrida.portal.dev-gsis", Boolean.class, true)) {
      return;
    }
    String base = environment.getProperty("thyrida.portal.base-url",
        "http://127.0.0.1:" + environment.getProperty("server.port", "8080"));
    String secret = "dev-secret-" + Long.toHexString(System.nanoTime());
    server = FakeGsisServer.builder()
        .client(GsisClient.of(GsisPath.CITIZEN, CLIENT, secret, URI.create(base + "/login/oauth2/code/gsis-citizen")))
        .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, CLIENT, secret,
            URI.create(base + "/login/oauth2/code/gsis-public-administration")))
        .start();
    environment.getPropertySources().addFirst(new MapPropertySource("devGsis", Map.of(
        "thyrida.gsis.host", server.baseUri().toString(),
        "thyrida.gsis.citizen.client-id", CLIENT,
        "thyrida.gsis.citizen.client-secret", secret,
        "thyrida.gsis.public-administration.client-id", CLIENT,
        "thyrida.gsis.public-administration.client-secret", secret)));
  }
}
