package org.cppp.factory;

import java.time.LocalDate;
import java.util.ArrayList;
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

  /** This judgement of a factory merged into {@code survivorBr}: not eligible, and why. */
  Eligibility mergedInto(String survivorBr) {
    List<IneligibilityReason> all = new ArrayList<>(reasons);
    all.add(0, new IneligibilityReason(IneligibilityReason.Kind.MERGED, survivorBr));
    return new Eligibility(false, all, ruleSetName, ruleSetFrom);
  }
}
