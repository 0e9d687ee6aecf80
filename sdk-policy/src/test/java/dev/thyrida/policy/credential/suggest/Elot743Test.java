package dev.thyrida.policy.credential.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("X8: ELOT 743 transliteration of Greek names")
class Elot743Test {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Γεώργιος Παπαδόπουλος, Georgios Papadopoulos",
      "Μαρία Παπαδοπούλου, Maria Papadopoulou",
      "Ευάγγελος, Evangelos",
      "Ευθύμιος, Efthymios",
      "Ευτυχία, Eftychia",
      "Αυγερινός, Avgerinos",
      "Ναυσικά, Nafsika",
      "Παύλος, Pavlos",
      "Μπάμπης, Bampis",
      "Λάμπρος Καραμπέτσος, Lampros Karampetsos",
      "Αντώνης Ντόκος, Antonis Ntokos",
      "Άγγελος, Angelos",
      "Γκόλφω, Gkolfo",
      "Σφιγξ, Sfinx",
      "Ελέγχου, Elenchou",
      "Χρήστος Ψυχογιός, Christos Psychogios",
      "Ξανθή Θεοδώρου, Xanthi Theodorou",
      "Ηλίας Αϊβαλιώτης, Ilias Aivaliotis",
      "Ευαγγελία Κεχαγιά, Evangelia Kechagia",
      "ΘΕΟΔΩΡΟΣ ΜΠΟΥΡΑΣ, THEODOROS BOURAS",
      "Κώστας Ζαφειρίου, Kostas Zafeiriou",
      "Ρένα Ταμπ, Rena Tab",
      "Προϋπολογισμός, Proypologismos",
      "Ηυγενής, Ivgenis",
      "José Müller, Jose Muller"})
  @DisplayName("X8: digraphs, accents, diaeresis, final sigma and case")
  void transliterates(String greek, String latin) {
    assertEquals(latin, Elot743.transliterate(greek));
  }
}
