package dev.thyrida.portal.mailbox;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.audit.Audit;
import dev.thyrida.policy.audit.Finding;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.portal.web.Now;
import dev.thyrida.portal.web.Outcome;
import dev.thyrida.spring.gsis.GsisUser;
import dev.thyrida.store.host.KeptDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The KEP mailbox administration of the circular (C1–C10): the mailboxes of the KEPs the signed-in
 * person supervises or administers, each action a command the SDK decides, and the audit of those
 * KEPs with its findings.
 */
@Controller
public class MailboxController {

  private final KeptDirectory kept;
  private final GovernanceRules rules;
  private final Now now;

  MailboxController(KeptDirectory kept, GovernanceRules rules, Now now) {
    this.kept = kept;
    this.rules = rules;
    this.now = now;
  }

  @GetMapping("/mailbox")
  String page(@AuthenticationPrincipal GsisUser user, Model model, Locale locale) {
    Directory directory = kept.snapshot().directory();
    TaxId viewer = user.identity().taxId();
    Instant at = now.instant();
    Set<KepCode> keps = new HashSet<>();
    List<MailboxView> views = new ArrayList<>();
    for (Kep kep : directory.keps()) {
      for (Mailbox mailbox : directory.mailboxesOf(kep.code())) {
        boolean supervises = kep.supervisor().filter(tenure -> tenure.supervisor().equals(viewer)).isPresent();
        if (supervises || mailbox.administrators().contains(viewer)) {
          views.add(MailboxView.of(mailbox, kep, directory, viewer, at));
          keps.add(kep.code());
        }
      }
    }
    List<Finding> findings = Audit.findings(directory, at, rules).stream()
        .filter(finding -> finding.kep().filter(keps::contains).isPresent()).toList();
    model.addAttribute("views", views);
    model.addAttribute("findings", findings.stream().map(finding -> new Shown(finding.code().toString(),
        finding.clause().id(), finding.message(locale))).toList());
    model.addAttribute("identity", user.identity());
    return "mailbox";
  }

  /**
   * A finding as shown.
   *
   * @param code its code
   * @param clause its clause
   * @param message its sentence
   */
  public record Shown(String code, String clause, String message) {}

  @PostMapping("/mailbox/{mailbox}/{action}")
  String act(@AuthenticationPrincipal GsisUser user, @PathVariable String mailbox, @PathVariable String action,
      @RequestParam(required = false) String person, @RequestParam(required = false) String to,
      RedirectAttributes redirect, Locale locale) {
    Principal actor = user.employee();
    MailboxId id = MailboxId.of(mailbox);
    Instant at = now.instant();
    Command command = switch (action) {
      case "activate" -> new ActivateMailbox(actor, at, id);
      case "add" -> new AddHandler(actor, at, id, TaxId.of(person));
      case "remove" -> new RemoveHandler(actor, at, id, TaxId.of(person));
      case "move" -> new MoveHandler(actor, at, id, MailboxId.of(to), TaxId.of(person));
      case "designate" -> new DesignateAdministrator(actor, at, id, TaxId.of(person));
      case "deactivate" -> new DeactivateAdministrator(actor, at, id, TaxId.of(person));
      default -> throw new IllegalArgumentException("no such mailbox action: " + action);
    };
    redirect.addFlashAttribute("outcome", Outcome.of(kept.submit(command).decision(), locale));
    return "redirect:/mailbox";
  }
}
