package dev.thyrida.docs.testkit;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.gsis.GsisUserinfo;
import dev.thyrida.policy.rulebook.Rulebook;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An imaginary host application, the "KEP portal": it logs people in through gov.gr (GSIS OAuth2),
 * takes the HR registry's facts, and decides every command with Thyrida, keeping the events.
 */
// tag::portal[]
final class KepPortal {

  /** One gov.gr login the portal is registered for: the employees' path or the citizens'. */
  record Login(URI authorize, URI token, URI userinfo, String clientId, String secret, URI callback,
      Authentication authentication) {}

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<Event> journal = new ArrayList<>();
  private Directory directory = Directory.empty();
  private int logins;

  /** authorize → code → token → userinfo, as a browser and a relying party would. */
  Principal logIn(Login login) throws IOException, InterruptedException {
    String state = "login-" + (++logins);
    HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(login.authorize() + "?response_type=code"
        + "&client_id=" + encode(login.clientId()) + "&redirect_uri=" + encode(login.callback().toString())
        + "&state=" + state)).GET());
    String query = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
    if (!state.equals(parameter(query, "state"))) {
      throw new IllegalStateException("the state came back changed: not our login");
    }
    String basic = Base64.getEncoder().encodeToString(
        (login.clientId() + ":" + login.secret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token = send(HttpRequest.newBuilder(login.token())
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
            + encode(parameter(query, "code")) + "&redirect_uri=" + encode(login.callback().toString()))));
    Matcher bearer = ACCESS_TOKEN.matcher(token.body());
    if (token.statusCode() != 200 || !bearer.find()) {
      throw new IllegalStateException("token refused: " + token.statusCode());
    }
    HttpResponse<String> userinfo = send(HttpRequest.newBuilder(login.userinfo())
        .header("Authorization", "Bearer " + bearer.group(1)).GET());
    AuthenticatedIdentity who = GsisUserinfo.parse(userinfo.body());
    // On the public-administration path the userid GSIS verified is the service username (K1, C9).
    Optional<ServiceUsername> service = login.authentication() == Authentication.SERVICE_CREDENTIALS
        ? Optional.of(ServiceUsername.of(who.userId().value())) : Optional.empty();
    return new Principal.Employee(who, login.authentication(), service);
  }

  /** Decides a command with the SDK's rules and keeps the events of an accepted one. */
  Decision handle(Command command) {
    Decision decision = Rulebook.decide(command, directory, GovernanceRules.defaults());
    journal.addAll(decision.events());
    directory = directory.evolveAll(decision.events());
    return decision;
  }

  List<Event> journal() {
    return List.copyOf(journal);
  }

  Directory directory() {
    return directory;
  }
  // end::portal[]

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("gov.gr answered without " + name + ": " + query);
  }
}
