package dev.thyrida.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.GsisUserinfo;
import dev.thyrida.testkit.gsis.FakeGsisExtension;
import dev.thyrida.testkit.gsis.GsisClient;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nimbus oauth2-oidc-sdk, a widely used independent OAuth2 client, as a second client against the
 * same fake server: it logs in unchanged, reads Thyrida's authorize URL as a valid S256 request, and
 * the two clients' halves of the flow work together (ADR 0152).
 */
@DisplayName("GSIS login: Nimbus as a second OAuth2 client against the same fake server (X6)")
class NimbusClientTest {

  private static final URI CALLBACK = URI.create("https://kep.example.gr/login/callback");
  private static final String SECRET = "s3cret-Of-The-Host";
  private static final ClientID CLIENT = new ClientID("kep-host");

  @RegisterExtension
  static final FakeGsisExtension GSIS = FakeGsisExtension.with(builder -> builder
      .client(GsisClient.of(GsisPath.CITIZEN, "kep-host", SECRET, CALLBACK))
      .signedIn(GsisPath.CITIZEN, GsisIdentity.testUser().padded(30)));

  private static GsisLogin thyrida() {
    return GsisLogin.builder(GsisEndpoints.at(GSIS.server().baseUri(), GsisEndpoints.CITIZEN),
        new GsisRegistration("kep-host", SECRET, CALLBACK)).build();
  }

  /** Nimbus's authorization request with its own state and PKCE verifier. */
  private static URI nimbusAuthorize(State state, CodeVerifier verifier) {
    return new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE), CLIENT)
        .endpointURI(GSIS.server().authorizeUri(GsisPath.CITIZEN)).redirectionURI(CALLBACK).state(state)
        .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
  }

  /** Nimbus exchanges a code with a verifier and reads userinfo, returning the XML body. */
  private static String nimbusTokenAndUserinfo(AuthorizationSuccessResponse success, CodeVerifier verifier) throws Exception {
    TokenRequest request = new TokenRequest(GSIS.server().tokenUri(GsisPath.CITIZEN),
        new ClientSecretBasic(CLIENT, new Secret(SECRET)),
        new AuthorizationCodeGrant(success.getAuthorizationCode(), CALLBACK, verifier));
    TokenResponse tokens = TokenResponse.parse(request.toHTTPRequest().send());
    assertTrue(tokens.indicatesSuccess(), () -> tokens.toErrorResponse().getErrorObject().toString());
    BearerAccessToken token = tokens.toSuccessResponse().getTokens().getBearerAccessToken();
    HTTPRequest userinfo = new HTTPRequest(HTTPRequest.Method.GET, GSIS.server().userinfoUri(GsisPath.CITIZEN));
    userinfo.setAuthorization(token.toAuthorizationHeader());
    HTTPResponse answer = userinfo.send();
    assertEquals(200, answer.getStatusCode());
    return answer.getBody();
  }

  @Test
  @DisplayName("X6, RFC 7636: Nimbus logs in with S256 PKCE and userinfo reads as the identity Thyrida's client gets")
  void nimbusLogsInToTheSameIdentity() throws Exception {
    State state = new State();
    CodeVerifier verifier = new CodeVerifier();
    AuthorizationResponse response = AuthorizationResponse.parse(Browser.redirectOf(nimbusAuthorize(state, verifier)));
    assertTrue(response.indicatesSuccess());
    assertEquals(state, response.getState());
    AuthenticatedIdentity byNimbus = GsisUserinfo.parse(nimbusTokenAndUserinfo(response.toSuccessResponse(), verifier));

    GsisLogin login = thyrida();
    PendingLogin pending = login.begin();
    assertEquals(byNimbus, login.complete(pending, Browser.redirectOf(pending.authorizeUri())));
  }

  @Test
  @DisplayName("RFC 6749 4.1.1, RFC 7636 4.3: Nimbus reads Thyrida's authorize URL as a code request with this state and S256 challenge")
  void nimbusReadsTheAuthorizeUrl() throws Exception {
    PendingLogin pending = thyrida().begin();
    AuthorizationRequest request = AuthorizationRequest.parse(pending.authorizeUri());
    assertEquals(new ResponseType(ResponseType.Value.CODE), request.getResponseType());
    assertEquals(CLIENT, request.getClientID());
    assertEquals(CALLBACK, request.getRedirectionURI());
    assertEquals(pending.state(), request.getState().getValue());
    assertEquals(CodeChallengeMethod.S256, request.getCodeChallengeMethod());
    assertEquals(CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(pending.codeVerifier())),
        request.getCodeChallenge());
  }

  @Test
  @DisplayName("RFC 7636: a code Thyrida's URL obtained is redeemed by Nimbus with Thyrida's verifier, and the reverse")
  void theTwoClientsHalvesWorkTogether() throws Exception {
    GsisLogin login = thyrida();
    PendingLogin pending = login.begin();
    AuthorizationSuccessResponse ours = AuthorizationResponse.parse(Browser.redirectOf(pending.authorizeUri())).toSuccessResponse();
    AuthenticatedIdentity byNimbus =
        GsisUserinfo.parse(nimbusTokenAndUserinfo(ours, new CodeVerifier(pending.codeVerifier())));

    State state = new State();
    CodeVerifier verifier = new CodeVerifier();
    URI nimbusUrl = nimbusAuthorize(state, verifier);
    PendingLogin theirs = new PendingLogin(nimbusUrl, state.getValue(), verifier.getValue());
    assertEquals(byNimbus, login.complete(theirs, Browser.redirectOf(nimbusUrl)));
  }
}
