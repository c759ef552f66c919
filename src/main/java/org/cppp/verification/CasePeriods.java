package org.cppp.verification;

import java.time.LocalDate;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;

/** The baseline and reporting periods a case may have: dated, in order, plausible. */
final class CasePeriods {

  /**
   * The earliest date a measured period may start: a baseline may precede the programme (a project
   * decided in 2008 measured its baseline in 2007), so periods reach back further than {@link
   * DateInput#FIRST}.
   */
  static final LocalDate MEASURED_FROM = LocalDate.of(2000, 1, 1);

  private CasePeriods() {}

  static void check(Period baseline, Period reporting, DateInput dates) {
    check("baseline", baseline, dates);
    check("reporting", reporting, dates);
    if (!reporting.from().isAfter(baseline.to())) {
      throw new RuleViolation("reporting.from", "verification.period.after-baseline");
    }
  }

  private static void check(String field, Period period, DateInput dates) {
    if (period == null || period.from() == null || period.to() == null) {
      throw new RuleViolation(field, "verification.period.required");
    }
    dates.within(field + ".from", period.from(), MEASURED_FROM);
    dates.within(field + ".to", period.to(), MEASURED_FROM);
    if (period.to().isBefore(period.from())) {
      throw new RuleViolation(field + ".to", "verification.period.order");
    }
  }
}
