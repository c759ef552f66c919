package org.cppp.factory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A stored rule set; once added it is never changed (a new one with a later date replaces it). */
@Entity
@Table(name = "eligibility_rule_set")
class EligibilityRuleSet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "eligibility_rule_city", joinColumns = @JoinColumn(name = "rule_set_id"))
  @Column(name = "city_code")
  private Set<String> cities = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "eligibility_rule_sector",
      joinColumns = @JoinColumn(name = "rule_set_id"))
  @Column(name = "sector")
  @Enumerated(EnumType.STRING)
  private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

  protected EligibilityRuleSet() {}

  EligibilityRuleSet(EligibilityRules rules) {
    this.name = rules.name().strip();
    this.effectiveFrom = rules.effectiveFrom();
    this.cities.addAll(rules.cities());
    this.sectors.addAll(rules.sectors());
  }

  EligibilityRules rules() {
    return new EligibilityRules(name, effectiveFrom, cities, sectors);
  }
}
