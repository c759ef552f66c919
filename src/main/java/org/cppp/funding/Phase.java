package org.cppp.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cppp.shared.RuleViolation;

/**
 * A programme phase and its rules.
 *
 * @param name the phase's name in English, which also identifies it
 * @param nameZhHk its name in Traditional Chinese, or {@code null}
 * @param nameZhCn its name in Simplified Chinese, or {@code null}
 * @param effectiveTo the day before the next phase starts; {@code null} for the latest phase
 * @param repeatAssessmentYears a factory may not have another on-site assessment within this many
 *     years
 */
public record Phase(
    String name,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    int repeatAssessmentYears,
    List<SchemeRule> rules,
    String nameZhHk,
    String nameZhCn) {

  public Phase {
    rules = List.copyOf(rules);
  }

  /** The name in the reader's language of the three; English when none is recorded. */
  public String name(Locale locale) {
    return org.cppp.shared.Translations.pick(locale, name, nameZhHk, nameZhCn);
  }

  /** The rule of one scheme in this phase. */
  public SchemeRule rule(Scheme scheme) {
    return rules.stream()
        .filter(r -> r.scheme().equals(scheme))
        .findFirst()
        .orElseThrow(
            () -> new RuleViolation("scheme", "funding.scheme.not-in-phase", scheme, name));
  }

  /** Whether this phase funds a scheme: one it does not fund cannot be applied for. */
  public boolean funds(Scheme scheme) {
    return rules.stream().anyMatch(r -> r.scheme().equals(scheme));
  }

  /** Whether this phase is in force on a date. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
