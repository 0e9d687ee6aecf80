package dev.thyrida.portal.credentials;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.strength.PasswordStrength;
import dev.thyrida.policy.credential.suggest.UsernameSuggestions;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.portal.web.Now;
import dev.thyrida.spring.gsis.GsisUser;
import dev.thyrida.store.host.KeptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The service-credentials page of the guide (K1–K8): the signed-in person's K3 details, and the
 * form that creates or changes their service user. Every submission is a command the SDK decides
 * (CreateServiceAccount, ChangeUsername, ChangePassword); passwords are never put back on the page,
 * logged or stored (D5).
 */
@Controller
public class CredentialsController {

  private final KeptDirectory kept;
  private final GovernanceRules rules;
  private final CredentialPolicy policy;
  private final Now now;

  CredentialsController(KeptDirectory kept, GovernanceRules rules, CredentialPolicy policy, Now now) {
    this.kept = kept;
    this.rules = rules;
    this.policy = policy;
    this.now = now;
  }

  @GetMapping("/credentials/profile.json")
  @ResponseBody
  Map<String, Object> profile() {
    return ProfileData.of(rules.credentialProfile());
  }

  @PostMapping("/credentials/strength")
  @ResponseBody
  Map<String, String> strength(@RequestParam String password) {
    return Map.of("strength", PasswordStrength.estimate(password).strength().name());
  }

  @GetMapping("/credentials")
  String page(@AuthenticationPrincipal GsisUser user, Model model, Locale locale) {
    Optional<ServiceAccount> account = kept.snapshot().directory().account(user.identity().taxId());
    show(model, user, account, account.map(each -> each.username().value()).orElse(""),
        FieldErrors.of(List.of(), locale), null);
    return "credentials";
  }

  @PostMapping("/credentials")
  String submit(@AuthenticationPrincipal GsisUser user, @RequestParam String username, @RequestParam String password,
      @RequestParam String confirmation, Model model, Locale locale) {
    Principal actor = user.employee();
    Optional<ServiceAccount> account = kept.snapshot().directory().account(user.identity().taxId());
    List<Violation> violations = new ArrayList<>();
    boolean changed = false;
    for (Command command : commands(actor, account, username, password, confirmation, user, violations)) {
      var decision = kept.submit(command).decision();
      violations.addAll(decision.violations());
      changed |= decision.isAccepted();
    }
    Optional<ServiceAccount> after = kept.snapshot().directory().account(user.identity().taxId());
    String result = violations.isEmpty() && changed ? (account.isEmpty() ? "created" : "changed") : null;
    show(model, user, after, username, FieldErrors.of(violations, locale), result);
    return "credentials";
  }

  /**
   * The commands a submission makes; a username the model cannot even hold (empty, a control
   * character) is judged by the same policy the SDK's account rules use, and nothing is submitted.
   */
  private List<Command> commands(Principal actor, Optional<ServiceAccount> account, String username, String password,
      String confirmation, GsisUser user, List<Violation> violations) {
    ServiceUsername wanted;
    try {
      wanted = ServiceUsername.of(username);
    } catch (InvalidValueException e) {
      Optional<String> taxisNet = Optional.of(user.identity().userId().value());
      violations.addAll(policy.checkUsername(username, taxisNet).violations());
      violations.addAll(policy.checkPassword(password, confirmation).violations());
      return List.of();
    }
    if (account.isEmpty()) {
      return List.of(new CreateServiceAccount(actor, now.instant(), wanted, Password.of(password),
          Password.of(confirmation)));
    }
    List<Command> commands = new ArrayList<>();
    if (!account.get().username().equals(wanted)) {
      commands.add(new ChangeUsername(actor, now.instant(), wanted));
    }
    if (!password.isEmpty() || !confirmation.isEmpty() || commands.isEmpty()) {
      commands.add(new ChangePassword(actor, now.instant(), Password.of(password), Password.of(confirmation)));
    }
    return commands;
  }

  private void show(Model model, GsisUser user, Optional<ServiceAccount> account, String username,
      Map<String, ?> errors, String result) {
    model.addAttribute("identity", user.identity());
    model.addAttribute("viaTaxisNet", user.authentication() == dev.thyrida.core.principal.Authentication.TAXISNET_PERSONAL);
    model.addAttribute("account", account.orElse(null));
    model.addAttribute("username", username);
    model.addAttribute("errors", errors);
    model.addAttribute("result", result);
    model.addAttribute("profile", rules.credentialProfile());
    model.addAttribute("suggestions", UsernameSuggestions.suggest(user.identity().name().given() + " "
        + user.identity().name().family(), policy, Optional.of(user.identity().userId().value())));
  }
}
