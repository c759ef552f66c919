package org.cppp.application;

import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.springframework.stereotype.Component;

/**
 * The initiative of an application's scheme, read from the funding module's catalogue: what the
 * work delivers, what screening checks and whether completion waits for a signed verification
 * follow from the initiative, not from a particular scheme.
 */
@Component
class Initiatives {

  private final FundingRules rules;

  Initiatives(FundingRules rules) {
    this.rules = rules;
  }

  Initiative of(Scheme scheme) {
    return rules.scheme(scheme).initiative();
  }

  Initiative of(FundingApplication application) {
    return of(application.scheme());
  }
}
