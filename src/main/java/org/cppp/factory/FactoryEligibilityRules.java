package org.cppp.factory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility rule sets as data: which cities form the eligible region and which sectors are
 * targeted, from which date. Everyone who reads the register reads them; officers and
 * administrators add a new rule set when the programme's rules change.
 */
@Service
@Transactional
public class FactoryEligibilityRules {

  static final String AUDIT_TYPE = "eligibility-rules";

  private final RuleBook ruleBook;
  private final EligibilityRuleSets ruleSets;
  private final Cities cities;
  private final AuditTrail audit;

  FactoryEligibilityRules(
      RuleBook ruleBook, EligibilityRuleSets ruleSets, Cities cities, AuditTrail audit) {
    this.ruleBook = ruleBook;
    this.ruleSets = ruleSets;
    this.cities = cities;
    this.audit = audit;
  }

  /** Every rule set, newest first. */
  @PreAuthorize(FactoryPolicy.READ)
  @Transactional(readOnly = true)
  public List<EligibilityRules> all() {
    return ruleBook.all();
  }

  /** The rule set in force on a date, if any. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<EligibilityRules> inForce(LocalDate on) {
    return ruleBook.inForce(on);
  }

  /**
   * Adds a rule set that applies from its effective date; refuses a second rule set for the same
   * date and unknown cities.
   */
  @PreAuthorize(FactoryPolicy.WRITE)
  public EligibilityRules add(EligibilityRules rules) {
    if (rules.name() == null || rules.name().isBlank()) {
      throw new RuleViolation("name", "rules.name.required");
    }
    if (rules.effectiveFrom() == null) {
      throw new RuleViolation("effectiveFrom", "rules.effectiveFrom.required");
    }
    if (rules.cities().isEmpty()) {
      throw new RuleViolation("cities", "rules.cities.required");
    }
    if (rules.sectors().isEmpty()) {
      throw new RuleViolation("sectors", "rules.sectors.required");
    }
    for (String city : rules.cities()) {
      if (!cities.existsById(city)) {
        throw new RuleViolation("cities", "factory.city.unknown", city);
      }
    }
    if (ruleSets.existsByEffectiveFrom(rules.effectiveFrom())) {
      throw new RuleViolation("effectiveFrom", "rules.effectiveFrom.taken", rules.effectiveFrom());
    }
    EligibilityRuleSet saved = ruleSets.save(new EligibilityRuleSet(rules));
    audit.record(
        AUDIT_TYPE,
        rules.effectiveFrom().toString(),
        "CREATED",
        Map.of(
            "name", rules.name().strip(),
            "cities", new TreeSet<>(rules.cities()).toString(),
            "sectors", new TreeSet<>(rules.sectors()).toString()));
    return saved.rules();
  }
}
