package dev.thyrida.testkit.gsis;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.policy.gsis.GsisUserinfo;
import dev.thyrida.testkit.generators.ThyridaGenerators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The fake server's userinfo answer and the production parser agree (X6). */
class UserinfoRoundTripProperties {

  /** Names with the characters an answer must escape, and a letter outside the Basic Multilingual Plane. */
  private static final Gen<String> AWKWARD = Generate.pick(List.of("Ο'Νιλ & Σία", "\"Άλφα\" <Βήτα>",
      "Ζωή-Μαρία", "Σ𝔸Ν", "Ελένη"));

  /** How the answer is sent: padded to a width (0: not at all), with character references or not. */
  private record Encoding(int padding, boolean references) {}

  @Test
  @DisplayName("X6: whatever identity the fake logs in, padded or as character references, the parser reads it back trimmed")
  void fakeAndParserAgree() {
    qt().forAll(ThyridaGenerators.validTaxIds(), ThyridaGenerators.greekNames(), AWKWARD,
            integers().between(0, 12).zip(booleans().all(), Encoding::new))
        .check((taxId, name, father, encoding) -> {
          int padding = encoding.padding();
          boolean references = encoding.references();
          GsisIdentity logged = GsisIdentity.builder().userid("User" + taxId.value()).taxid(taxId.value())
              .lastname(name.family()).firstname(name.given()).fathername(father).mothername("")
              .birthyear("1975").characterReferences(references).build()
              .padded(padding == 0 ? 0 : 40 + padding);
          AuthenticatedIdentity read = GsisUserinfo.parse(UserinfoXml.render(logged));
          return read.equals(new AuthenticatedIdentity(taxId, TaxisNetUserId.of("User" + taxId.value()),
              PersonName.of(name.given(), name.family()), Optional.of(father), Optional.empty(),
              Optional.of(1975)));
        });
  }
}
