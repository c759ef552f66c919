package org.cppp.factory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cppp.platform.AddOnlyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored eligibility rule sets, and an evaluator of them on a date. Rule sets are only added
 * ({@link FactoryEligibilityRules#add}), so they are held in memory until one is ({@link
 * AddOnlyRows}): a check asks one count, not the sets and their cities and sectors.
 */
@Component
class RuleBook {

  private final AddOnlyRows<List<EligibilityRules>> all;

  RuleBook(EligibilityRuleSets ruleSets, JdbcClient jdbc) {
    this.all =
        new AddOnlyRows<>(
            jdbc,
            "eligibility_rule_set",
            () ->
                ruleSets.findAll().stream()
                    .map(EligibilityRuleSet::rules)
                    .sorted(Comparator.comparing(EligibilityRules::effectiveFrom).reversed())
                    .toList());
  }

  /** Every rule set, newest first. */
  List<EligibilityRules> all() {
    return all.get();
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
