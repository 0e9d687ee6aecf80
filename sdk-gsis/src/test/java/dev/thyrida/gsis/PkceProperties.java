package dev.thyrida.gsis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("PKCE (RFC 7636) agrees with Nimbus")
class PkceProperties {

  private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  /** Verifiers of RFC 7636 4.1: 43 to 128 unreserved characters. */
  private static Gen<String> verifiers() {
    return lists().of(integers().between(0, UNRESERVED.length() - 1)).ofSizeBetween(43, 128)
        .map(PkceProperties::spell);
  }

  private static String spell(List<Integer> indexes) {
    return indexes.stream().map(i -> String.valueOf(UNRESERVED.charAt(i))).collect(Collectors.joining());
  }

  @Test
  @DisplayName("RFC 7636 4.2: the S256 challenge of every verifier is the one Nimbus computes")
  void challengeOfEveryVerifierIsNimbus() {
    qt().withExamples(300).forAll(verifiers()).checkAssert(verifier -> assertEquals(
        CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue(), Pkce.challenge(verifier)));
  }
}
