package org.cppp.factory;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityRuleSets extends JpaRepository<EligibilityRuleSet, Long> {

  boolean existsByEffectiveFrom(LocalDate effectiveFrom);
}
