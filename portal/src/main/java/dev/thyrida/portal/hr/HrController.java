package dev.thyrida.portal.hr;

import dev.thyrida.core.agency.Agency;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.portal.web.Now;
import dev.thyrida.portal.web.Outcome;
import dev.thyrida.spring.gsis.GsisUser;
import dev.thyrida.store.host.KeptDirectory;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The HR host's page: postings (C3, D8), status loss (C6: the SDK removes the person's roles at
 * once, and the portal ends their session), a new supervisor (C7). Open to the agency's
 * administrators; the commands are the host system's facts, decided by the SDK like any other.
 */
@Controller
public class HrController {

  /** The host system that records HR facts. */
  static final Principal HR = new Principal.HostSystem("dimos-nafplieon-hr");

  private final KeptDirectory kept;
  private final Now now;

  HrController(KeptDirectory kept, Now now) {
    this.kept = kept;
    this.now = now;
  }

  @GetMapping("/hr")
  String page(@AuthenticationPrincipal GsisUser user, Model model) {
    Directory directory = guard(user);
    model.addAttribute("employees", directory.employees().stream()
        .sorted(Comparator.comparing(each -> each.name().toString())).toList());
    model.addAttribute("keps", directory.keps().stream().sorted(Comparator.comparing(each -> each.code().value())).toList());
    model.addAttribute("bases", PostingBasis.values());
    model.addAttribute("reasons", LossReason.values());
    model.addAttribute("directory", directory);
    return "hr";
  }

  @PostMapping("/hr/posting")
  String posting(@AuthenticationPrincipal GsisUser user, @RequestParam String person, @RequestParam String kep,
      @RequestParam PostingBasis basis, RedirectAttributes redirect, Locale locale) {
    guard(user);
    Instant at = now.instant();
    Optional<DecisionReference> decision = basis.byDecision()
        ? Optional.of(DecisionReference.of("portal-" + at.toString().substring(0, 10))) : Optional.empty();
    Posting posting = new Posting(PostingId.of("posting-" + UUID.randomUUID()), TaxId.of(person), KepCode.of(kep),
        basis, StaffBranch.KEP_STAFF_BRANCH, decision, at, Optional.empty());
    return submit(new RecordPosting(HR, at, posting), redirect, locale);
  }

  @PostMapping("/hr/status-loss")
  String statusLoss(@AuthenticationPrincipal GsisUser user, @RequestParam String person,
      @RequestParam LossReason reason, RedirectAttributes redirect, Locale locale) {
    guard(user);
    Instant at = now.instant();
    return submit(new RecordStatusLoss(HR, at, TaxId.of(person), at, reason), redirect, locale);
  }

  @PostMapping("/hr/supervisor")
  String supervisor(@AuthenticationPrincipal GsisUser user, @RequestParam String kep, @RequestParam String person,
      RedirectAttributes redirect, Locale locale) {
    guard(user);
    Instant at = now.instant();
    return submit(new AppointSupervisor(HR, at, KepCode.of(kep), TaxId.of(person), at), redirect, locale);
  }

  private String submit(Command command, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("outcome", Outcome.of(kept.submit(command).decision(), locale));
    return "redirect:/hr";
  }

  /** Only an agency's administrator keeps HR records here. */
  private Directory guard(GsisUser user) {
    Directory directory = kept.snapshot().directory();
    boolean administrator = directory.agencies().stream().map(Agency::administrators)
        .anyMatch(each -> each.contains(user.identity().taxId()));
    if (!administrator) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "HR records are kept by an agency's administrator");
    }
    return directory;
  }
}
