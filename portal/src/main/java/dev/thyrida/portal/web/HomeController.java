package dev.thyrida.portal.web;

import dev.thyrida.spring.gsis.GsisPathPrefix;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (sign-in) and the signed-in home page. */
@Controller
public class HomeController {

  /** Spring creates it. */
  HomeController() {}

  @GetMapping("/")
  String start(Model model) {
    if (SignedIn.user().isPresent()) {
      return "redirect:/home";
    }
    model.addAttribute("people", dev.thyrida.portal.seed.Person.ALL);
    model.addAttribute("paths", GsisPathPrefix.values());
    return "start";
  }

  @GetMapping("/home")
  String home(Model model) {
    model.addAttribute("user", SignedIn.user().orElseThrow());
    return "home";
  }
}
