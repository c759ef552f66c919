package org.cppp.provider.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cppp.platform.HtmxRequest;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderQuery;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public list of registered ET service providers: no sign-in, no contact details. */
@Controller
class PublicProviderPages {

  private static final int PAGE_SIZE = 24;
  private static final int MAX_SEARCH = 100;

  private final Providers providers;

  PublicProviderPages(Providers providers) {
    this.providers = providers;
  }

  /** What the search box may hold (its maxlength): a longer text is cut, not searched whole. */
  private static String searchText(String q) {
    String text = q.strip();
    return text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH) : text;
  }

  @GetMapping("/providers/registered")
  String registered(
      @RequestParam(defaultValue = "") String base,
      @RequestParam(defaultValue = "") String specialism,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    ProviderBase chosenBase = Filters.parse(ProviderBase.class, base);
    Specialism chosenSpecialism = Filters.parse(Specialism.class, specialism);
    model.addAttribute("allBases", List.of(ProviderBase.values()));
    model.addAttribute("allSpecialisms", List.of(Specialism.values()));
    model.addAttribute("base", chosenBase);
    model.addAttribute("specialism", chosenSpecialism);
    model.addAttribute("q", q);
    model.addAttribute(
        "providers",
        providers.registeredList(
            new ProviderQuery(chosenBase, chosenSpecialism, null, searchText(q)),
            PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "code"))));
    model.addAttribute(
        "baseUrl",
        UriComponentsBuilder.fromPath("/providers/registered")
            .queryParam("base", base)
            .queryParam("specialism", specialism)
            .queryParam("q", q)
            .encode()
            .toUriString());
    return HtmxRequest.view(request, "provider/registered", "results");
  }
}
