package org.cppp.funding.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.cppp.funding.FundingRules;
import org.cppp.funding.NewPhase;
import org.cppp.funding.NewScheme;
import org.cppp.funding.Phase;
import org.cppp.funding.SchemeDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding rules: {@code /api/funding/phases} (staff; officers add), the scheme catalogue {@code
 * /api/funding/schemes} (public; officers and admins define) and the public quote.
 */
@RestController
@RequestMapping("/api/funding")
class FundingApi {

  private final FundingRules rules;
  private final Clock clock;

  FundingApi(FundingRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @GetMapping("/phases")
  List<Phase> phases() {
    return rules.phases();
  }

  @PostMapping("/phases")
  @ResponseStatus(HttpStatus.CREATED)
  Phase addPhase(@Valid @RequestBody NewPhase phase) {
    return rules.addPhase(phase);
  }

  @GetMapping("/schemes")
  List<SchemeDefinition> schemes() {
    return rules.schemes();
  }

  @PostMapping("/schemes")
  @ResponseStatus(HttpStatus.CREATED)
  SchemeDefinition defineScheme(@RequestBody NewScheme scheme) {
    return rules.defineScheme(scheme);
  }

  @GetMapping("/quote")
  QuoteJson quote(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String cost,
      @RequestParam(required = false) String date) {
    return QuoteJson.of(
        rules.quote(
            QuoteParams.scheme(scheme), QuoteParams.cost(cost), QuoteParams.date(date, clock)));
  }
}
