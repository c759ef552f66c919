package org.cppp.factory;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a factory is eligible on a date, under which rule set, and if not, why.
 *
 * @param ruleSetName the rule set applied, or {@code null} when none was in force
 * @param ruleSetFrom its effective date
 */
public record Eligibility(
    boolean eligible,
    List<IneligibilityReason> reasons,
    String ruleSetName,
    LocalDate ruleSetFrom) {

  public Eligibility {
    reasons = List.copyOf(reasons);
  }
}
