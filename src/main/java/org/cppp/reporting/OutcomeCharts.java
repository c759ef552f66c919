package org.cppp.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.shared.FinancialYear;
import org.springframework.stereotype.Component;

/**
 * The dashboard's verified outcomes per financial year since the launch: the annual reductions of
 * the results signed in each year, in two charts of like units (energy, CO2 and water; the air
 * pollutants in tonnes).
 */
@Component
class OutcomeCharts {

  static final List<String> ENERGY = List.of("electricityMwh", "co2Tonnes", "wastewaterM3");
  static final List<String> POLLUTANTS = List.of("noxTonnes", "so2Tonnes", "vocTonnes", "pmTonnes");

  private final ReportOutcomes outcomes;

  OutcomeCharts(ReportOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  /** One bar per financial year, one series per figure named in {@code figures}. */
  DashboardChart byYear(String id, List<String> figures, LocalDate today) {
    List<String> labels = new ArrayList<>();
    Map<String, List<Number>> values = new LinkedHashMap<>();
    figures.forEach(f -> values.put(f, new ArrayList<>()));
    FinancialYear current = FinancialYear.containing(today);
    for (FinancialYear y = ProgressReports.LAUNCH; y.compareTo(current) <= 0; y = y.next()) {
      labels.add(y.label());
      Map<String, Number> signed = outcomes.signedIn(y, today).figures();
      figures.forEach(f -> values.get(f).add(signed.get(f)));
    }
    List<DashboardChart.Series> series = new ArrayList<>();
    values.forEach((f, v) -> series.add(new DashboardChart.Series(f, "report.outcomes." + f, v)));
    return new DashboardChart(id, "bar", "", false, labels, series);
  }
}
