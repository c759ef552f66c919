package org.cppp.verification;

import java.time.LocalDate;
import org.cppp.shared.RuleViolation;

/** The baseline and reporting periods a case may have: dated, in order, plausible. */
final class CasePeriods {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private CasePeriods() {}

  static void check(Period baseline, Period reporting) {
    check("baseline", baseline);
    check("reporting", reporting);
    if (!reporting.from().isAfter(baseline.to())) {
      throw new RuleViolation("reporting.from", "verification.period.after-baseline");
    }
  }

  /** A date a user typed, in a plausible range. */
  static void checkDate(String field, LocalDate date) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new RuleViolation(field, "verification.period.range", EARLIEST, LATEST);
    }
  }

  private static void check(String field, Period period) {
    if (period == null || period.from() == null || period.to() == null) {
      throw new RuleViolation(field, "verification.period.required");
    }
    if (period.from().isBefore(EARLIEST) || period.to().isAfter(LATEST)) {
      throw new RuleViolation(field, "verification.period.range", EARLIEST, LATEST);
    }
    if (period.to().isBefore(period.from())) {
      throw new RuleViolation(field + ".to", "verification.period.order");
    }
  }
}
