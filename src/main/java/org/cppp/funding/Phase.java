package org.cppp.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme phase and its rules.
 *
 * @param effectiveTo the day before the next phase starts; {@code null} for the latest phase
 * @param repeatAssessmentYears a factory may not have another on-site assessment within this many
 *     years
 */
public record Phase(
    String name,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    int repeatAssessmentYears,
    List<SchemeRule> rules) {

  public Phase {
    rules = List.copyOf(rules);
  }

  /** The rule of one scheme in this phase. */
  public SchemeRule rule(Scheme scheme) {
    return rules.stream()
        .filter(r -> r.scheme() == scheme)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " has no rule for " + scheme));
  }

  /** Whether this phase is in force on a date. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
