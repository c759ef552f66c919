package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;

/**
 * The phases in order, each ending the day before the next begins; finds the rule in force on a
 * date and checks a new phase against the latest.
 */
final class RuleBook {

  private final List<Phase> phases;

  private RuleBook(List<Phase> phases) {
    this.phases = List.copyOf(phases);
  }

  static RuleBook of(List<FundingPhase> stored) {
    List<FundingPhase> sorted =
        stored.stream().sorted(Comparator.comparing(FundingPhase::effectiveFrom)).toList();
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      LocalDate end = i + 1 < sorted.size() ? sorted.get(i + 1).effectiveFrom().minusDays(1) : null;
      phases.add(sorted.get(i).view(end));
    }
    return new RuleBook(phases);
  }

  List<Phase> phases() {
    return phases;
  }

  /** The phase in force on a date; refuses a date before the first phase. */
  Phase inForce(LocalDate date) {
    return phases.stream()
        .filter(p -> p.covers(date))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "date",
                    "funding.date.before-launch",
                    date,
                    phases.isEmpty() ? "-" : phases.get(0).effectiveFrom()));
  }

  /** Checks a new phase and returns it as stored, defaults taken from the latest phase. */
  FundingPhase admit(NewPhase phase, Set<Scheme> defined) {
    Phase latest = phases.isEmpty() ? null : phases.get(phases.size() - 1);
    if (phase.name() == null || phase.name().isBlank() || phase.name().trim().length() > 120) {
      throw new RuleViolation("name", "funding.phase.name.required");
    }
    if (phase.effectiveFrom() == null) {
      throw new RuleViolation("effectiveFrom", "funding.phase.effective-from.required");
    }
    if (latest != null && !phase.effectiveFrom().isAfter(latest.effectiveFrom())) {
      throw new RuleViolation(
          "effectiveFrom", "funding.phase.effective-from.not-after", latest.effectiveFrom());
    }
    Integer years = phase.repeatAssessmentYears();
    if (years == null && latest != null) {
      years = latest.repeatAssessmentYears();
    }
    if (years == null || years < 1 || years > 50) {
      throw new RuleViolation("repeatAssessmentYears", "funding.phase.repeat-years.range");
    }
    return new FundingPhase(
            phase.name().trim(), phase.effectiveFrom(), years, terms(phase, latest, defined))
        .translated(
            translatedName("nameZhHk", phase.nameZhHk()),
            translatedName("nameZhCn", phase.nameZhCn()));
  }

  /** A name in Chinese: optional, at most as long as the English one may be. */
  private static String translatedName(String field, String name) {
    if (name != null && name.trim().length() > 120) {
      throw new RuleViolation(field, "funding.phase.name.required");
    }
    return name;
  }

  private static List<FundingPhase.Terms> terms(NewPhase phase, Phase latest, Set<Scheme> defined) {
    if (phase.schemes() == null || phase.schemes().isEmpty()) {
      throw new RuleViolation("schemes", "funding.phase.schemes.required");
    }
    Set<Scheme> seen = new HashSet<>();
    List<FundingPhase.Terms> terms = new ArrayList<>();
    for (int i = 0; i < phase.schemes().size(); i++) {
      NewPhase.Terms given = phase.schemes().get(i);
      String field = "schemes[" + i + "]";
      if (given == null || given.scheme() == null) {
        throw new RuleViolation(field + ".scheme", "funding.phase.scheme.required");
      }
      if (!defined.contains(given.scheme())) {
        throw new RuleViolation(field + ".scheme", "funding.scheme.unknown", given.scheme());
      }
      if (!seen.add(given.scheme())) {
        throw new RuleViolation(field + ".scheme", "funding.phase.scheme.repeated", given.scheme());
      }
      terms.add(
          new FundingPhase.Terms(
              given.scheme(),
              share(given.share(), field),
              ceiling(given.ceilingHkd(), field),
              months(given, latest, field)));
    }
    return terms;
  }

  private static BigDecimal share(BigDecimal share, String field) {
    if (share == null
        || share.signum() <= 0
        || share.compareTo(BigDecimal.ONE) > 0
        || share.stripTrailingZeros().scale() > 4) {
      throw new RuleViolation(field + ".share", "funding.phase.share.range");
    }
    return share.setScale(Math.max(2, share.stripTrailingZeros().scale()));
  }

  private static BigDecimal ceiling(BigDecimal ceiling, String field) {
    if (ceiling == null) {
      return null;
    }
    if (ceiling.signum() < 0) {
      throw new RuleViolation(field + ".ceiling", "funding.phase.ceiling.range");
    }
    return DecimalInput.cents(field + ".ceiling", ceiling);
  }

  private static int months(NewPhase.Terms given, Phase latest, String field) {
    Integer months = given.completionMonths();
    if (months == null && latest != null && latest.funds(given.scheme())) {
      months = latest.rule(given.scheme()).completionMonths();
    }
    if (months == null || months < 1 || months > 120) {
      throw new RuleViolation(field + ".completionMonths", "funding.phase.months.range");
    }
    return months;
  }
}
