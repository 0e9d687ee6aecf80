package com.example.kep;

import com.example.kep.forms.SignUp;
import com.example.kep.testing.Candidates;
import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.testkit.generators.CredentialGenerators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Validates one bad sign-up form in each locale named on the command line, with whatever Bean
 * Validation provider is on the module path and no configuration, and prints one sorted line per
 * violation: {@code locale|path|code|message}.
 */
public final class Check {

  private Check() {}

  /**
   * Runs the check.
   *
   * @param args language tags, e.g. {@code el en}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SignUp form = new SignUp("123456789", "maria_p", "abc".toCharArray(), "abd".toCharArray());
    for (String tag : args) {
      Locale.setDefault(Locale.forLanguageTag(tag));
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
        Set<String> lines = new TreeSet<>();
        for (ConstraintViolation<SignUp> violation : factory.getValidator().validate(form)) {
          lines.add(tag + "|" + violation.getPropertyPath() + "|"
              + CredentialConstraints.codeOf(violation).map(Enum::name).orElse("-") + "|" + violation.getMessage());
        }
        lines.forEach(out::println);
      }
    }
    CredentialProfile agency = CredentialProfile.named("agency-x");
    String generated = CredentialGenerators.validPassword(agency, new SplittableRandom(20261201));
    out.println("generated|" + CredentialPolicy.of(agency).checkPassword(generated).isValid()
        + "|" + (Candidates.passwords(agency) != null));
  }
}
