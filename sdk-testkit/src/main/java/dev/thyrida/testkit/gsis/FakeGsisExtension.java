package dev.thyrida.testkit.gsis;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link FakeGsisServer} per test class and stops it after the
 * class's last test. Register it in a static field, configuring the server as its builder allows:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeGsisExtension GSIS = FakeGsisExtension.with(builder -> builder
 *     .client(GsisClient.of(GsisPath.CITIZEN, "kep-host", "s3cret", CALLBACK)));
 * }</pre>
 *
 * <p>Tests reach the server through {@link #server()} or a {@code FakeGsisServer} parameter. Needs
 * JUnit Jupiter on the test class path (an optional dependency of the testkit).
 */
public final class FakeGsisExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private final UnaryOperator<FakeGsisServer.Builder> configuration;
  private FakeGsisServer server;

  private FakeGsisExtension(UnaryOperator<FakeGsisServer.Builder> configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration is required");
  }

  /**
   * An extension whose server is configured by a function of its builder.
   *
   * @param configuration e.g. {@code builder -> builder.client(…).signedIn(…)}
   * @return the extension
   */
  public static FakeGsisExtension with(UnaryOperator<FakeGsisServer.Builder> configuration) {
    return new FakeGsisExtension(configuration);
  }

  /**
   * The running server of the current test class.
   *
   * @return the server
   * @throws IllegalStateException outside the test class's life
   */
  public FakeGsisServer server() {
    if (server == null) {
      throw new IllegalStateException("the fake GSIS server runs only while the test class does");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = configuration.apply(FakeGsisServer.builder()).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeGsisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }
}
