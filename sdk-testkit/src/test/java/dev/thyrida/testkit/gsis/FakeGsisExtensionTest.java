package dev.thyrida.testkit.gsis;

import static dev.thyrida.testkit.gsis.FakeGsisServerTest.CALLBACK;
import static dev.thyrida.testkit.gsis.FakeGsisServerTest.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("X6: the JUnit extension starts one fake GSIS server for the test class")
class FakeGsisExtensionTest {

  @RegisterExtension
  static final FakeGsisExtension GSIS = FakeGsisExtension.with(builder -> builder.client(HOST));

  @Test
  @DisplayName("X6: the server is running, configured, and the same one as a parameter")
  void serverRuns(FakeGsisServer parameter) {
    assertSame(GSIS.server(), parameter);
    Browser browser = new Browser(GSIS.server());
    String error = Browser.redirectParameters(browser.authorize(GsisPath.CITIZEN,
        Map.of("response_type", "code", "client_id", "kep-host", "redirect_uri", CALLBACK.toString()))).get("error");
    assertEquals("access_denied", error);
  }
}
