package dev.thyrida.portal;

import dev.thyrida.portal.dev.DevGsis;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reference KEP portal (πύλη ΚΕΠ): service credentials (K1–K8), KEP mailbox administration
 * (C1–C10) and the HR host's page, on the Thyrida starter (ADR 0151).
 */
@SpringBootApplication
public class PortalApplication {

  /** Spring creates it. */
  PortalApplication() {}

  /**
   * Runs the portal.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=8080}
   */
  public static void main(String[] args) {
    run(args);
  }

  /**
   * Starts the portal and returns its context (the browser tests stop and start it).
   *
   * @param args Spring Boot arguments
   * @return the running context
   */
  public static ConfigurableApplicationContext run(String... args) {
    SpringApplication application = new SpringApplication(PortalApplication.class);
    application.addListeners(new DevGsis());
    return application.run(args);
  }
}
