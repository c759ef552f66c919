package org.cppp.factory.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cppp.factory.EligibilityRules;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryEligibilityRules;
import org.cppp.factory.FactoryQuery;
import org.cppp.factory.Sector;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The factory register: {@code /api/factories}, and its eligibility rule sets. */
@RestController
@RequestMapping("/api/factories")
class FactoryApi {

  private final Factories factories;
  private final FactoryEligibilityRules rules;
  private final MessageSource messages;
  private final Clock clock;

  FactoryApi(
      Factories factories, FactoryEligibilityRules rules, MessageSource messages, Clock clock) {
    this.factories = factories;
    this.rules = rules;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  Page<FactoryResource> list(
      @RequestParam(required = false) Sector sector,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) Boolean eligible,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Locale locale) {
    PageRequest pageable =
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("brNumber"));
    return factories
        .search(new FactoryQuery(sector, city, eligible, q), pageable)
        .map(f -> FactoryResource.of(f, messages, locale));
  }

  @GetMapping("/{br}")
  FactoryResource get(@PathVariable String br, Locale locale) {
    return FactoryResource.of(factories.get(br), messages, locale);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  FactoryResource register(@Valid @RequestBody FactoryDetails details, Locale locale) {
    return FactoryResource.of(factories.register(details), messages, locale);
  }

  @PutMapping("/{br}")
  FactoryResource update(
      @PathVariable String br, @Valid @RequestBody FactoryDetails details, Locale locale) {
    return FactoryResource.of(factories.update(br, details), messages, locale);
  }

  @GetMapping("/eligibility-rules")
  List<EligibilityRules> ruleSets() {
    return rules.all();
  }

  @GetMapping("/eligibility-rules/in-force")
  EligibilityRules inForce(@RequestParam(required = false) LocalDate on) {
    return rules
        .inForce(on == null ? LocalDate.now(clock) : on)
        .orElseThrow(() -> new org.cppp.shared.NotFoundException("Eligibility rules on", on));
  }

  @PostMapping("/eligibility-rules")
  @ResponseStatus(HttpStatus.CREATED)
  EligibilityRules addRuleSet(@Valid @RequestBody EligibilityRules ruleSet) {
    return rules.add(ruleSet);
  }
}
