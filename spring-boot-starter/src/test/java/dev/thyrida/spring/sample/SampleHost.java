package dev.thyrida.spring.sample;

import dev.thyrida.policy.constraints.CredentialConstraints;
import dev.thyrida.policy.constraints.ServicePassword;
import dev.thyrida.spring.gsis.GsisUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A host of the starter for its tests: the GSIS login and one validated form. */
@SpringBootApplication
@RestController
public class SampleHost {

  private final Validator validator;

  SampleHost(Validator validator) {
    this.validator = validator;
  }

  /** The form: a service password (K5). */
  record Form(@NotNull String username, @ServicePassword String password) {}

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.requestMatchers("/form").permitAll().anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/form"))
        .oauth2Login(Customizer.withDefaults())
        .build();
  }

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/me")
  String me(@AuthenticationPrincipal GsisUser user) {
    return user.employee().description() + " " + user.identity().userId().value() + " " + user.identity().name();
  }

  @PostMapping("/form")
  String form(@RequestParam(required = false) String username, @RequestParam String password) {
    TreeSet<String> lines = new TreeSet<>();
    for (ConstraintViolation<Form> violation : validator.validate(new Form(username, password))) {
      lines.add(violation.getPropertyPath() + " "
          + CredentialConstraints.codeOf(violation).map(Enum::name).orElse("-") + " " + violation.getMessage());
    }
    return String.join("\n", lines);
  }
}
