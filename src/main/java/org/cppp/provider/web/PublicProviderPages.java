package org.cppp.provider.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cppp.platform.HtmxRequest;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of registered ET service providers: no sign-in, no contact details. */
@Controller
class PublicProviderPages {

  private final Providers providers;

  PublicProviderPages(Providers providers) {
    this.providers = providers;
  }

  @GetMapping("/providers/registered")
  String registered(
      @RequestParam(defaultValue = "") String base,
      @RequestParam(defaultValue = "") String specialism,
      Model model,
      HttpServletRequest request) {
    ProviderBase chosenBase = Filters.parse(ProviderBase.class, base);
    Specialism chosenSpecialism = Filters.parse(Specialism.class, specialism);
    model.addAttribute("allBases", List.of(ProviderBase.values()));
    model.addAttribute("allSpecialisms", List.of(Specialism.values()));
    model.addAttribute("base", chosenBase);
    model.addAttribute("specialism", chosenSpecialism);
    model.addAttribute("providers", providers.registeredList(chosenBase, chosenSpecialism));
    return HtmxRequest.view(request, "provider/registered", "results");
  }
}
