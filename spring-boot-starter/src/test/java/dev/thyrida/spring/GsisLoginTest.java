package dev.thyrida.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thyrida.spring.sample.SampleHost;
import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring Security's real OAuth2 client against the testkit's fake GSIS server, both paths (X6), and
 * the validation messages by request locale.
 */
@SpringBootTest(classes = SampleHost.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class GsisLoginTest {

  private static final int PORT = freePort();
  private static final String HOST = "http://127.0.0.1:" + PORT;
  private static final FakeGsisServer GSIS = FakeGsisServer.builder()
      .client(GsisClient.of(GsisPath.CITIZEN, "kep-host", "s3cret",
          URI.create(HOST + "/login/oauth2/code/gsis-citizen")))
      .client(GsisClient.of(GsisPath.PUBLIC_ADMINISTRATION, "kep-host-gov", "s3cret-gov",
          URI.create(HOST + "/login/oauth2/code/gsis-public-administration")))
      .signedIn(GsisPath.CITIZEN, GsisIdentity.testUser())
      .signedIn(GsisPath.PUBLIC_ADMINISTRATION, GsisIdentity.builder().userid("EPAPADOPOULOU").taxid("090000045")
          .lastname("ΠΑΠΑΔΟΠΟΥΛΟΥ").firstname("ΕΛΕΝΗ").fathername("ΓΕΩΡΓΙΟΣ").mothername("ΜΑΡΙΑ")
          .birthyear("1981").characterReferences(true).build().padded(20))
      .start();
  private static Locale jvmDefault;

  @DynamicPropertySource
  static void gsis(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("thyrida.gsis.host", () -> GSIS.baseUri().toString());
    registry.add("thyrida.gsis.citizen.client-id", () -> "kep-host");
    registry.add("thyrida.gsis.citizen.client-secret", () -> "s3cret");
    registry.add("thyrida.gsis.public-administration.client-id", () -> "kep-host-gov");
    registry.add("thyrida.gsis.public-administration.client-secret", () -> "s3cret-gov");
  }

  @BeforeAll
  static void greekServer() {
    jvmDefault = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("el-GR"));   // a ministry's server
  }

  @AfterAll
  static void stop() {
    Locale.setDefault(jvmDefault);
    GSIS.close();
  }

  @Test
  @DisplayName("an employee signs in on the citizen path with personal TAXISnet; the XML userinfo becomes the SDK's identity (X6, K2)")
  void citizenPath() throws Exception {
    HttpClient browser = browser();
    assertThat(get(browser, "/oauth2/authorization/gsis-citizen").statusCode()).isEqualTo(200);
    String me = get(browser, "/me").body();
    assertThat(me).startsWith("employee " + GsisIdentity.testUser().taxid() + " (TAXISNET_PERSONAL)")
        .contains(GsisIdentity.testUser().userid());
  }

  @Test
  @DisplayName("an employee signs in with service credentials on the public-administration path; padding and character references are read by the SDK's parser (C9, K1)")
  void publicAdministrationPath() throws Exception {
    HttpClient browser = browser();
    get(browser, "/oauth2/authorization/gsis-public-administration");
    assertThat(get(browser, "/me").body())
        .isEqualTo("employee 090000045 (SERVICE_CREDENTIALS) EPAPADOPOULOU ΕΛΕΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ");
  }

  @Test
  @DisplayName("the authorization request carries a PKCE challenge (S256, RFC 7636)")
  void pkce() throws Exception {
    HttpClient once = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> response = get(once, "/oauth2/authorization/gsis-citizen");
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .startsWith(GSIS.authorizeUri(GsisPath.CITIZEN).toString())
        .contains("code_challenge=").contains("code_challenge_method=S256");
  }

  @Test
  @DisplayName("a Greek request reads Thyrida's messages and the standard constraints' in Greek (K5)")
  void greekRequest() throws Exception {
    assertThat(post("el", "password=abc")).contains("password PASSWORD_TOO_SHORT Ο κωδικός έχει 3 χαρακτήρες")
        .contains("username - ").doesNotContain("must not be null");
  }

  @Test
  @DisplayName("an English request reads English, even on a JVM whose default locale is Greek (K5)")
  void englishRequestOnGreekJvm() throws Exception {
    assertThat(post("en-US", "password=abc")).contains("password PASSWORD_TOO_SHORT").contains("at least 8")
        .doesNotContain("Ο κωδικός").contains("username - must not be null");
  }

  private static String post(String language, String form) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(HOST + "/form"))
            .header("Accept-Language", language).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.ALWAYS).build();
  }

  private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(HOST + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
