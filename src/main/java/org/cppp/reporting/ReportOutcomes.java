package org.cppp.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.OutcomeFigures;
import org.cppp.verification.OutcomeTotals;
import org.cppp.verification.VerificationOutcomes;
import org.springframework.stereotype.Component;

/**
 * The report's verified outcomes, from the verification module's signed figures: quantities to the
 * thousandth (a kilogram, a kWh, a litre of wastewater), money to the cent.
 */
@Component
class ReportOutcomes {

  private final VerificationOutcomes outcomes;

  ReportOutcomes(VerificationOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  /** Signed in the year (up to {@code asAt}) and since the launch, as known on {@code asAt}. */
  ProgressReport.Outcomes of(FinancialYear year, LocalDate asAt) {
    return outcomes(
        outcomes.signed(year.start(), year.end(), asAt),
        outcomes.signed(ProgressReports.LAUNCH.start(), asAt, asAt));
  }

  private static ProgressReport.Outcomes outcomes(
      OutcomeFigures inYear, OutcomeFigures cumulative) {
    Map<TechnologyCategory, ProgressReport.TechnologyOutcome> byTechnology =
        new EnumMap<>(TechnologyCategory.class);
    for (TechnologyCategory category : TechnologyCategory.values()) {
      OutcomeTotals t = cumulative.byTechnology().getOrDefault(category, OutcomeTotals.none());
      byTechnology.put(
          category, new ProgressReport.TechnologyOutcome(t.projects(), rounded(t.co2Tonnes())));
    }
    return new ProgressReport.Outcomes(
        inYear.total().projects(),
        cumulative.total().projects(),
        benefits(inYear.total()),
        benefits(cumulative.total()),
        byTechnology);
  }

  /** The reductions of the results signed in one financial year, as known at its end (or today). */
  ProgressReport.Benefits signedIn(FinancialYear year, LocalDate today) {
    LocalDate asAt = year.end().isBefore(today) ? year.end() : today;
    return benefits(outcomes.signed(year.start(), year.end(), asAt).total());
  }

  private static ProgressReport.Benefits benefits(OutcomeTotals t) {
    return new ProgressReport.Benefits(
        rounded(t.electricityMwh()),
        rounded(t.co2Tonnes()),
        rounded(t.noxTonnes()),
        rounded(t.so2Tonnes()),
        rounded(t.vocTonnes()),
        rounded(t.pmTonnes()),
        rounded(t.wastewaterM3()),
        t.costSavingHkd());
  }

  private static double rounded(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
