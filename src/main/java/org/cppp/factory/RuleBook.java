package org.cppp.factory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The stored eligibility rule sets, and an evaluator of them on a date. */
@Component
class RuleBook {

  private final EligibilityRuleSets ruleSets;

  RuleBook(EligibilityRuleSets ruleSets) {
    this.ruleSets = ruleSets;
  }

  /** Every rule set, newest first. */
  List<EligibilityRules> all() {
    return ruleSets.findAll().stream()
        .map(EligibilityRuleSet::rules)
        .sorted(Comparator.comparing(EligibilityRules::effectiveFrom).reversed())
        .toList();
  }

  Optional<EligibilityRules> inForce(LocalDate on) {
    return EligibilityRules.inForce(all(), on);
  }

  Evaluator evaluator(LocalDate on) {
    List<EligibilityRules> all = all();
    return (hkOwned, city, sector) -> EligibilityRules.evaluate(all, on, hkOwned, city, sector);
  }

  /** Judges factories against the rule set of one date, loaded once. */
  interface Evaluator {
    Eligibility of(boolean hkOwned, String city, Sector sector);

    /** A factory merged into another is never eligible: new work goes to the survivor. */
    default Eligibility of(Factory factory) {
      Factory.Classification c = factory.classification();
      Eligibility judged = of(c.hkOwned(), c.city(), c.sector());
      return factory.mergedInto() == null ? judged : judged.mergedInto(factory.mergedInto());
    }
  }
}
