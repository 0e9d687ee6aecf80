package dev.thyrida.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.portal.seed.Person;
import dev.thyrida.testkit.credential.CredentialInput;
import dev.thyrida.testkit.credential.TrickyCredential;
import dev.thyrida.testkit.credential.TrickyCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's journeys in a real headless Chromium, against the real portal (the starter, the
 * store on an H2 file, the fake GSIS server), in order: one story of one KEP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {

  private static final String REJECTED = "eleni2026";
  private static final String ACCEPTED = "Kep#Nafplio-2026";
  private static final String MAILBOX = "#mailbox-mb-0101 ";

  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static PrintStream out;
  private static PrintStream err;
  private static Path data;
  private static int port;
  private static ConfigurableApplicationContext portal;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Browser.requireInstalled();
    out = System.out;
    err = System.err;
    System.setOut(new PrintStream(new Tee(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(err), true, StandardCharsets.UTF_8));
    data = Files.createTempDirectory("portal-data-");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    portal = startPortal();
    browser = Browser.open("http://127.0.0.1:" + port);
  }

  private static ConfigurableApplicationContext startPortal() {
    return PortalApplication.run("--server.port=" + port, "--thyrida.portal.data=" + data,
        "--spring.main.banner-mode=off", "--logging.level.org.springframework.web=DEBUG",
        "--logging.level.org.springframework.security=DEBUG");
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (portal != null) {
      portal.close();
    }
    System.setOut(out);
    System.setErr(err);
  }

  @Test
  @Order(1)
  @DisplayName("keyboard only: the sign-in form is reached and sent with Tab and Enter; the page is Greek, with an English switch")
  void keyboardSignIn() {
    browser.go("/?lang=el");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("el");
    for (int i = 0; i < 12 && !"sign-in-submit".equals(browser.driver.switchTo().activeElement().getAttribute("id")); i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("sign-in-submit");
    browser.screenshot("portal-sign-in");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.await("#welcome").getText()).contains("Μαρία");
    browser.go("/home?lang=en");
    assertThat(browser.find("#welcome").getText()).startsWith("Welcome");
    browser.go("/home?lang=el");
    browser.signOut();
  }

  @Test
  @Order(2)
  @DisplayName("K3: signed in with TAXISnet, the page shows tax id, TAXISnet user and full name; labels are tied to every field")
  void credentialsPage() {
    browser.signIn(Person.ELENI.taxId().value(), "CITIZEN");
    browser.go("/credentials");
    assertThat(browser.find("#taxid").getText()).isEqualTo("629923123");
    assertThat(browser.find("#taxisnet-user").getText()).isEqualTo("EKON1988");
    assertThat(browser.find("#full-name").getText()).isEqualTo("Ελένη Κωνσταντίνου");
    for (String field : List.of("username", "password", "confirmation")) {
      assertThat(browser.all("label[for=" + field + "]")).as("label of " + field).hasSize(1);
      assertThat(browser.find("#" + field).getAttribute("aria-describedby")).contains(field + "-errors");
    }
    assertThat(browser.find("#live").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(browser.all("button.suggestion")).extracting(WebElement::getText).contains("eleni_konstantinou");
  }

  @Test
  @Order(3)
  @DisplayName("K4–K7: a rejected password shows every violation beside its field, as the page's own checks foretold; then an accepted one creates the user")
  void rejectedThenAccepted() {
    browser.awaitTrue("return window.portalChecks !== undefined");
    browser.find("button.suggestion").click();
    browser.type("#password", REJECTED);
    browser.type("#confirmation", REJECTED);
    browser.awaitTrue("return document.getElementById('strength-label').dataset.strength === 'WEAK'");
    String foretold = browser.find("#live").getAttribute("data-codes");
    browser.screenshot("portal-credentials-typing");
    browser.find("#credentials-submit").click();
    browser.await("#error-summary");
    List<String> shown = browser.all("#password-errors li").stream().map(each -> each.getAttribute("data-code")).toList();
    assertThat(shown).containsExactlyInAnyOrder("PASSWORD_NO_UPPERCASE", "PASSWORD_NO_SPECIAL");
    assertThat(foretold.split(" ")).containsExactlyInAnyOrderElementsOf(shown);
    assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#password-errors").getText()).contains("κεφαλαίο");
    assertThat(browser.driver.getPageSource()).as("D5: never on the page").doesNotContain(REJECTED);
    browser.screenshot("portal-credentials-rejected");

    browser.type("#password", ACCEPTED);
    browser.type("#confirmation", ACCEPTED);
    browser.awaitTrue("return ['GOOD','STRONG'].includes(document.getElementById('strength-label').dataset.strength)");
    assertThat(browser.find("#live").getAttribute("data-codes")).isEmpty();
    browser.find("#credentials-submit").click();
    assertThat(browser.await("#result").getText()).contains("δημιουργήθηκε");
    assertThat(browser.find("#current-username").getText()).isEqualTo("eleni_konstantinou");
    assertThat(browser.driver.getPageSource()).doesNotContain(ACCEPTED);
    browser.screenshot("portal-credentials-created");
  }

  @Test
  @Order(4)
  @DisplayName("the page's checks give exactly the server's codes for every row of the testkit's tricky catalogue (K4, K5, K6, D1–D4)")
  void pageAgreesWithServerOnTrickyInputs() {
    List<TrickyCredential> rows = TrickyCredentials.all();
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (TrickyCredential row : rows) {
      CredentialInput input = row.input();
      inputs.add(Map.of("subject", input.subject().name(), "isNull", input.text() == null, "text", units(input.text()),
          "companion", input.companion().map(PortalBrowserTest::units).orElse(List.of()),
          "hasCompanion", input.companion().isPresent()));
    }
    @SuppressWarnings("unchecked")
    List<List<String>> pageCodes = (List<List<String>>) browser.driver.executeScript(
"function text(u) { if (u === null) { return null; } var s = ''; for (var i = 0; i < u.length; i++) { s += String.fromCharCode(u[i]); } return s; }"
            + "return arguments[0].map(function (row) {"
            + "  var companion = row.hasCompanion ? text(row.companion) : undefined;"
            + "  var typed = row.isNull ? null : text(row.text);"
            + "  return row.subject === 'USERNAME' ? window.portalChecks.username(typed, companion)"
            + "    : window.portalChecks.password(typed, companion); });", inputs);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      TreeSet<String> server = rows.get(i).input().judgedBy(CredentialPolicy.defaults()).codes().stream()
          .map(CredentialCode::name).collect(Collectors.toCollection(TreeSet::new));
      if (!server.equals(new TreeSet<>(pageCodes.get(i)))) {
        disagreements.add(rows.get(i).label() + ": server " + server + ", page " + pageCodes.get(i));
      }
    }
    assertThat(rows).hasSizeGreaterThan(50);
    assertThat(disagreements).isEmpty();
  }

  @Test
  @Order(5)
  @DisplayName("C1–C5: the supervisor activates the mailbox, is offered only eligible staff, adds and removes a handler; a forged ineligible choice is refused with its clause")
  void administration() {
    browser.signIn(Person.MARIA.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/mailbox");
    assertThat(browser.find(MAILBOX + ".state").getText()).isEqualTo("INACTIVE");
    browser.find(MAILBOX + "button.activate").click();
    assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");
    assertThat(browser.find(MAILBOX + ".state").getText()).isEqualTo("ACTIVE");
    List<String> offered = new Select(browser.find(MAILBOX + "select.eligible")).getOptions().stream()
        .map(each -> each.getAttribute("value")).toList();
    assertThat(offered).contains(Person.ELENI.taxId().value(), Person.DIMITRIS.taxId().value())
        .doesNotContain(Person.SOFIA.taxId().value());
    add(Person.ELENI);
    add(Person.DIMITRIS);
    assertThat(handlers()).containsExactlyInAnyOrder(Person.ELENI.taxId().value(), Person.DIMITRIS.taxId().value());
    browser.screenshot("portal-mailbox");

    browser.driver.executeScript("document.querySelector(arguments[0]).options[0].value = arguments[1];",
        MAILBOX + "select.eligible", Person.SOFIA.taxId().value());
    browser.find(MAILBOX + "button.add-submit").click();
    WebElement refusal = browser.await("#outcome");
    assertThat(refusal.getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#outcome li").getAttribute("data-code")).isEqualTo("NOT_ELIGIBLE_AT_KEP");
    assertThat(refusal.getText()).contains("C3");
    browser.screenshot("portal-mailbox-refused");

    browser.find(MAILBOX + "li[data-taxid='" + Person.ELENI.taxId().value() + "'] button.remove").click();
    browser.await("#outcome");
    assertThat(handlers()).containsExactly(Person.DIMITRIS.taxId().value());
  }

  @Test
  @Order(6)
  @DisplayName("CSRF: every form carries a token, and a form sent without it is refused and changes nothing")
  void csrf() {
    browser.go("/mailbox");
    for (WebElement form : browser.all("form[method=post]")) {
      assertThat(form.findElements(org.openqa.selenium.By.cssSelector("input[name=_csrf]"))).hasSize(1);
    }
    browser.driver.executeScript("document.querySelector(arguments[0]).closest('form').querySelector('input[name=_csrf]').remove();",
        MAILBOX + "select.eligible");
    browser.find(MAILBOX + "button.add-submit").click();
    assertThat(browser.driver.getPageSource()).contains("403");
    browser.go("/mailbox");
    assertThat(handlers()).containsExactly(Person.DIMITRIS.taxId().value());
  }

  @Test
  @Order(7)
  @DisplayName("C6: HR records a handler's status loss; their roles vanish and their open session ends at once")
  void statusLoss() throws IOException {
    try (Browser dimitris = Browser.open("http://127.0.0.1:" + port)) {
      dimitris.signIn(Person.DIMITRIS.taxId().value(), "PUBLIC_ADMINISTRATION");
      browser.signIn(Person.KATERINA.taxId().value(), "PUBLIC_ADMINISTRATION");
      browser.go("/hr");
      new Select(browser.find("#loss-person")).selectByValue(Person.DIMITRIS.taxId().value());
      new Select(browser.find("#loss-reason")).selectByValue("RESIGNATION");
      browser.find("#status-loss-submit").click();
      assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");
      assertThat(browser.find("tr[data-taxid='" + Person.DIMITRIS.taxId().value() + "'] .status").getText())
          .isEqualTo("απώλεια ιδιότητας");
      browser.screenshot("portal-hr");
      dimitris.go("/home");
      assertThat(dimitris.await("#notice").getText()).contains("C6");
      dimitris.go("/mailbox");
      assertThat(dimitris.driver.getCurrentUrl()).doesNotContain("/mailbox");
    }
    browser.signIn(Person.MARIA.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/mailbox");
    assertThat(handlers()).isEmpty();
  }

  @Test
  @Order(8)
  @DisplayName("C7: HR appoints the next supervisor; the outgoing designates them, and they deactivate the outgoing: two steps")
  void handover() {
    browser.signIn(Person.KATERINA.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/hr");
    new Select(browser.find("#supervisor-kep")).selectByValue("0101");
    new Select(browser.find("#supervisor-person")).selectByValue(Person.GIORGOS.taxId().value());
    browser.find("#supervisor-submit").click();
    assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");

    browser.signIn(Person.MARIA.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/mailbox");
    browser.find(MAILBOX + "button.designate").click();
    assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");
    assertThat(administrators()).containsExactlyInAnyOrder(Person.MARIA.taxId().value(), Person.GIORGOS.taxId().value());

    browser.signIn(Person.GIORGOS.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/mailbox");
    browser.screenshot("portal-handover");
    browser.find(MAILBOX + "button.deactivate").click();
    assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");
    assertThat(administrators()).containsExactly(Person.GIORGOS.taxId().value());
  }

  @Test
  @Order(9)
  @DisplayName("a restart replays the store: the mailbox, its administrator and the new service user are still there")
  void restartKeepsState() {
    portal.close();
    portal = startPortal();
    browser.signIn(Person.GIORGOS.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/mailbox");
    assertThat(browser.find(MAILBOX + ".state").getText()).isEqualTo("ACTIVE");
    assertThat(administrators()).containsExactly(Person.GIORGOS.taxId().value());
    browser.signIn(Person.ELENI.taxId().value(), "PUBLIC_ADMINISTRATION");
    browser.go("/credentials");
    assertThat(browser.find("#current-username").getText()).isEqualTo("eleni_konstantinou");
  }

  @Test
  @Order(10)
  @DisplayName("D5: no password typed in the journeys is in the portal's log (Spring's web and security at DEBUG)")
  void noPasswordInTheLog() {
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("POST");
    assertThat(log).doesNotContain(REJECTED).doesNotContain(ACCEPTED);
  }

  private void add(Person person) {
    new Select(browser.find(MAILBOX + "select.eligible")).selectByValue(person.taxId().value());
    browser.find(MAILBOX + "button.add-submit").click();
    assertThat(browser.await("#outcome").getAttribute("class")).isEqualTo("ok");
  }

  private List<String> handlers() {
    return browser.all(MAILBOX + "ul.handlers li").stream().map(each -> each.getAttribute("data-taxid")).toList();
  }

  private List<String> administrators() {
    return browser.all(MAILBOX + "ul.administrators li").stream().map(each -> each.getAttribute("data-taxid")).toList();
  }

  private static List<Integer> units(String text) {
    return text == null ? List.of() : text.chars().boxed().toList();
  }

  /** Copies what the portal prints to the console into the test's log buffer as well. */
  private static final class Tee extends OutputStream {
    private final OutputStream console;

    Tee(OutputStream console) {
      this.console = console;
    }

    @Override
    public void write(int b) throws IOException {
      console.write(b);
      synchronized (LOG) {
        LOG.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      console.write(bytes, offset, length);
      synchronized (LOG) {
        LOG.write(bytes, offset, length);
      }
    }
  }
}
