package dev.thyrida.portal.dev;

import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.portal.seed.Person;
import dev.thyrida.spring.gsis.GsisPathPrefix;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.testkit.gsis.FakeGsisServer;
import dev.thyrida.testkit.gsis.GsisIdentity;
import dev.thyrida.testkit.gsis.GsisPath;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Development only: who is "at the GSIS keyboard". A real GSIS asks the person for their
 * credentials; the fake signs in the person chosen here, then the portal's ordinary OAuth2 login
 * runs. With service credentials, GSIS answers the person's service username as the user id.
 */
@Controller
public class KeyboardController {

  private final ObjectProvider<FakeGsisServer> gsis;
  private final KeptDirectory kept;

  KeyboardController(ObjectProvider<FakeGsisServer> gsis, KeptDirectory kept) {
    this.gsis = gsis;
    this.kept = kept;
  }

  @PostMapping("/dev/sign-in")
  String signIn(@RequestParam String person, @RequestParam GsisPathPrefix path) {
    FakeGsisServer server = gsis.getIfAvailable();
    Optional<Person> who = Person.byTaxId(person);
    if (server == null || who.isEmpty()) {
      return "redirect:/?unknown";
    }
    Person chosen = who.get();
    String userid = chosen.taxisNetUser().value();
    if (path == GsisPathPrefix.PUBLIC_ADMINISTRATION) {
      Optional<ServiceAccount> account = kept.snapshot().directory().account(chosen.taxId());
      if (account.isEmpty()) {
        return "redirect:/?noServiceAccount";
      }
      userid = account.get().username().value();
    }
    GsisPath gsisPath = path == GsisPathPrefix.CITIZEN ? GsisPath.CITIZEN : GsisPath.PUBLIC_ADMINISTRATION;
    server.signIn(gsisPath, GsisIdentity.builder().userid(userid).taxid(chosen.taxId().value())
        .firstname(chosen.name().given()).lastname(chosen.name().family())
        .fathername("Ιωάννης").mothername("Άννα").birthyear("1980").build());
    return "redirect:/oauth2/authorization/" + path.registrationId();
  }
}
