package org.cppp.factory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.CityView;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryPolicy;
import org.cppp.factory.FactoryQuery;
import org.cppp.factory.FactoryView;
import org.cppp.factory.Sector;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.HtmxRequest;
import org.cppp.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The factory list (filtered with htmx), a factory's page, and the possible duplicates. */
@Controller
@RequestMapping("/factories")
class FactoryPages {

  private final Factories factories;
  private final FactoryLabels labels;
  private final AuditTrail audit;
  private final Clock clock;
  private final FactoryPolicy policy;

  FactoryPages(
      Factories factories,
      FactoryLabels labels,
      AuditTrail audit,
      Clock clock,
      FactoryPolicy policy) {
    this.policy = policy;
    this.factories = factories;
    this.labels = labels;
    this.audit = audit;
    this.clock = clock;
  }

  @ModelAttribute
  void reference(Model model, Locale locale) {
    List<CityView> cities = factories.cities();
    model.addAttribute("cities", cities);
    model.addAttribute("cityNames", labels.cityNames(cities, locale));
  }

  @ModelAttribute("sectors")
  List<Sector> sectors() {
    return List.of(Sector.values());
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Sector sector,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) Boolean eligible,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    FactoryQuery query = new FactoryQuery(sector, city, eligible, q);
    model.addAttribute("query", query);
    model.addAttribute(
        "factories",
        factories.search(query, PageRequest.of(Math.max(page, 0), 25, Sort.by("nameEn"))));
    model.addAttribute("baseUrl", baseUrl(query));
    model.addAttribute("mayRegister", policy.mayEdit());
    return HtmxRequest.view(request, "factory/list", "results");
  }

  @GetMapping("/mine")
  String mine() {
    FactoryView mine =
        factories.mine().orElseThrow(() -> new NotFoundException("Factory", "of this account"));
    return "redirect:/factories/" + mine.brNumber();
  }

  @GetMapping("/duplicates")
  String duplicates(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "duplicates", factories.possibleDuplicates(PageRequest.of(Math.max(page, 0), 25)));
    return "factory/duplicates";
  }

  @GetMapping("/{br}")
  @SuppressWarnings("unchecked")
  String show(@PathVariable String br, Locale locale, Model model) {
    Map<String, String> cityNames = (Map<String, String>) model.getAttribute("cityNames");
    FactoryView factory = factories.get(br);
    CurrentUser user = CurrentUser.current();
    model.addAttribute("factory", factory);
    model.addAttribute("eligibility", factories.eligibility(br, LocalDate.now(clock)));
    model.addAttribute(
        "reasons", labels.reasons(factory.ineligibilityReasons(), cityNames, locale));
    model.addAttribute("mayEdit", user.mayEditFactory(br));
    boolean officer = policy.mayEdit();
    model.addAttribute("officer", officer);
    model.addAttribute("duplicates", officer ? factories.possibleDuplicates(br) : List.of());
    if (user.seesAllFactories()) {
      model.addAttribute("auditTrail", audit.of("factory", br));
    }
    return "factory/show";
  }

  private static String baseUrl(FactoryQuery query) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/factories");
    if (query.sector() != null) {
      url.queryParam("sector", query.sector());
    }
    if (query.city() != null && !query.city().isBlank()) {
      url.queryParam("city", query.city());
    }
    if (query.eligible() != null) {
      url.queryParam("eligible", query.eligible());
    }
    url.queryParam("q", query.text());
    return url.encode().build().toUriString();
  }
}
