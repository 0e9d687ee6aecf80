package dev.thyrida.portal.credentials;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.portal.web.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The violations of a credentials decision placed beside the field they are about: username codes
 * by the username, the confirmation's (K6) by the confirmation, the other password codes by the
 * password, anything else (access, K2) above the form.
 */
final class FieldErrors {

  static final String USERNAME = "username";
  static final String PASSWORD = "password";
  static final String CONFIRMATION = "confirmation";
  static final String FORM = "form";

  private FieldErrors() {}

  static Map<String, List<Outcome.Refusal>> of(List<Violation> violations, Locale locale) {
    Map<String, List<Outcome.Refusal>> fields = new LinkedHashMap<>();
    for (String field : List.of(USERNAME, PASSWORD, CONFIRMATION, FORM)) {
      fields.put(field, new ArrayList<>());
    }
    for (Violation violation : violations) {
      fields.get(field(violation.code().toString())).add(Outcome.refusal(violation, locale));
    }
    return fields;
  }

  private static String field(String code) {
    if (code.equals("PASSWORD_CONFIRMATION_MISMATCH")) {
      return CONFIRMATION;
    }
    if (code.startsWith("USERNAME_")) {
      return USERNAME;
    }
    return code.startsWith("PASSWORD_") ? PASSWORD : FORM;
  }
}
