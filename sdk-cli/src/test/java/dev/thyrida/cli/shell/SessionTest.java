package dev.thyrida.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** docs/cli.md, the language: the default language comes from the environment a Unix user sets, then the JVM. */
class SessionTest {

  @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2} (JVM {3}) -> {4}")
  @CsvSource(nullValues = "-", value = {
      "-,           -,           el_GR.UTF-8, en, el",
      "-,           -,           el,          en, el",
      "-,           -,           en_US.UTF-8, en, en",
      "-,           -,           C.UTF-8,     el, el",
      "-,           -,           -,           el, el",
      "-,           -,           -,           en, en",
      "-,           el_GR.UTF-8, en_US.UTF-8, en, el",
      "C,           el_GR.UTF-8, el_GR.UTF-8, en, en",
      "'',          el_GR.UTF-8, en_US.UTF-8, en, el",
      "el_CY.UTF-8, '',          '',          en, el",
      "'',          '',          '',          en, en"})
  @DisplayName("The first of LC_ALL, LC_MESSAGES, LANG set and not empty decides; Greek when it starts with el")
  void localeFromEnvironment(String lcAll, String lcMessages, String lang, String jvm, String expected) {
    Map<String, String> environment = new HashMap<>();
    environment.put("LC_ALL", lcAll);
    environment.put("LC_MESSAGES", lcMessages);
    environment.put("LANG", lang);
    Locale locale = Session.locale(environment::get, Locale.forLanguageTag(jvm));
    assertEquals(expected, Language.of(null, locale).tag());
  }
}
