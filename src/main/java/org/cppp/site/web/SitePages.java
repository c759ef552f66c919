package org.cppp.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cppp.factory.CityView;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryEligibilityRules;
import org.cppp.funding.FundingRules;
import org.cppp.outreach.EventRegistrations;
import org.cppp.outreach.Stories;
import org.cppp.recognition.RecognitionCycles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page. Who can apply and how much the Government pays are read from the rules in force
 * today, so a new programme phase changes the page without a code change.
 */
@Controller
class SitePages {

  private final FactoryEligibilityRules eligibility;
  private final Factories factories;
  private final FundingRules funding;
  private final EventRegistrations events;
  private final Stories stories;
  private final RecognitionCycles recognition;
  private final Clock clock;

  SitePages(
      FactoryEligibilityRules eligibility,
      Factories factories,
      FundingRules funding,
      EventRegistrations events,
      Stories stories,
      RecognitionCycles recognition,
      Clock clock) {
    this.eligibility = eligibility;
    this.factories = factories;
    this.funding = funding;
    this.events = events;
    this.stories = stories;
    this.recognition = recognition;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Authentication authentication, Model model, Locale locale) {
    if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/dashboard";
    }
    LocalDate today = LocalDate.now(clock);
    eligibility
        .inForce(today)
        .ifPresent(
            rules -> {
              model.addAttribute("rules", rules);
              List<String> cities =
                  factories.cities().stream()
                      .filter(c -> rules.cities().contains(c.code()))
                      .map(c -> c.name(locale))
                      .toList();
              model.addAttribute("eligibleCities", cities);
              model.addAttribute(
                  "eligibleSectors", rules.sectors().stream().map(Enum::name).sorted().toList());
            });
    model.addAttribute("phase", funding.phaseOn(today));
    model.addAttribute("events", events.upcoming(PageRequest.of(0, 3)).getContent());
    model.addAttribute("stories", stories.published(PageRequest.of(0, 3)).getContent());
    model.addAttribute("recognitionYears", recognition.publishedYears());
    return "site/home";
  }

  static String cityName(CityView city, Locale locale) {
    return city.name(locale);
  }
}
